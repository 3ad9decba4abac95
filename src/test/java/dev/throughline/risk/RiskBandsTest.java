package dev.throughline.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskBandsTest {

    @ParameterizedTest
    @CsvSource({"1,1,1,GREEN", "2,2,4,GREEN", "1,4,4,GREEN", "1,5,5,AMBER", "5,1,5,AMBER", "2,3,6,AMBER",
            "3,4,12,AMBER", "3,5,15,RED", "4,4,16,RED", "5,5,25,RED"})
    void scoreIsProbabilityTimesImpactAndBandsAreRedAmberGreen(int p, int i, int score, Band band) {
        assertEquals(score, RiskBands.score(p, i));
        assertEquals(band, RiskBands.band(p, i));
    }

    @Test
    void bandEdgesAreExact() {
        assertEquals(Band.GREEN, RiskBands.band(4));
        assertEquals(Band.AMBER, RiskBands.band(5));
        assertEquals(Band.AMBER, RiskBands.band(14));
        assertEquals(Band.RED, RiskBands.band(15));
    }

    @Test
    void offTheScaleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RiskBands.score(0, 3));
        assertThrows(IllegalArgumentException.class, () -> RiskBands.score(3, 6));
        assertThrows(IllegalArgumentException.class, () -> RiskBands.band(0));
        assertThrows(IllegalArgumentException.class, () -> RiskBands.band(26));
    }

    @Test
    void everyCellOfTheGridHasTheBandOfItsProduct() {
        int red = 0;
        int amber = 0;
        int green = 0;
        for (int p = 1; p <= 5; p++) {
            for (int i = 1; i <= 5; i++) {
                switch (RiskBands.band(p, i)) {
                    case RED -> red++;
                    case AMBER -> amber++;
                    case GREEN -> green++;
                }
            }
        }
        assertEquals(6, red, "15,16,20,20,25,15");
        assertEquals(11, amber);
        assertEquals(8, green);
    }
}
