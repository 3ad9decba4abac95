package dev.throughline.attention;

import dev.throughline.text.SharedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The home screen as a Markdown digest to paste into Slack or GitLab: a heading per kind, a line per item. */
public final class AttentionDigest {

    private AttentionDigest() {
    }

    public static String markdown(List<AttentionItem> items, LocalDate today) {
        StringBuilder out = new StringBuilder("# Needs attention — ").append(today).append("\n\n");
        if (items.isEmpty()) {
            return out.append("Nothing needs attention today.\n").toString();
        }
        long urgent = items.stream().filter(i -> i.severity() == AttentionItem.Severity.URGENT).count();
        out.append(items.size()).append(items.size() == 1 ? " item" : " items").append(", ").append(urgent)
                .append(" urgent.\n");
        Map<AttentionItem.Kind, List<AttentionItem>> byKind = new TreeMap<>();
        for (AttentionItem item : items) {
            byKind.computeIfAbsent(item.kind(), k -> new java.util.ArrayList<>()).add(item);
        }
        byKind.forEach((kind, list) -> {
            out.append("\n## ").append(kind.heading()).append(" (").append(list.size()).append(")\n\n");
            for (AttentionItem i : list) {
                out.append("- ").append(i.severity() == AttentionItem.Severity.URGENT ? "**Urgent** " : "")
                        .append(i.programKey() == null || i.programKey().isEmpty() ? "" : "**" + escape(i.programKey()) + "** ")
                        .append(escape(i.title())).append(" — ").append(escape(i.detail())).append('\n');
            }
        });
        return out.toString();
    }

    /**
     * Markdown that user text must not trigger: emphasis, links, headings, tables, HTML; and, since the
     * digest is pasted into Slack, no control character, bidi control or broadcast mention ({@link SharedText}).
     */
    static String escape(String text) {
        return SharedText.pasteable(text).replaceAll("[\\r\\n]+", " ").replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
