package dev.throughline.attention;

import java.util.List;

/**
 * One reason a TPgM should look at something today. Rules are small and independent; the home screen and
 * the digest run {@link AttentionRules#standard()} (add a rule there, for example overdue action items).
 */
public interface AttentionRule {

    List<AttentionItem> check(PortfolioFacts facts);
}
