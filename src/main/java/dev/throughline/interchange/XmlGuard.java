package dev.throughline.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the start of an XML file with a parser that resolves nothing (no DTD, no external entities)
 * before MPXJ sees it: a DOCTYPE is refused outright. GanttProject files (small) are read whole, to
 * report broken XML with its line and to check that every dependency names a task of the file, which
 * MPXJ would silently drop; other XML is left to MPXJ after the prolog (see ProjectFileReader#where).
 */
final class XmlGuard {

    private XmlGuard() {
    }

    static boolean looksLikeXml(Path file) throws IOException {
        byte[] head = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        int i = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < n && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < n && head[i] == '<';
    }

    /**
     * Checks the file; for a GanttProject file returns its dependencies as MPXJ numbers its tasks (id + 1),
     * since MPXJ 13.12 reads only those of top-level tasks.
     */
    static List<SourcePlan.SourceLink> check(Path file) {
        String name = file.getFileName().toString();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        GanLinks gan = new GanLinks();
        int depth = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new ImportFileException(name, at(xml.getLocation()),
                                "the file declares a DOCTYPE; Throughline does not read DTDs or external entities, so it was not imported");
                    }
                    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new ImportFileException(name, at(xml.getLocation()),
                                "the file uses the entity &" + xml.getLocalName() + "; which is not allowed");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        if (!gan.gantt && depth++ == 0 && !gan.isGanttRoot(xml) && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".gan")) {
                            break; // past the prolog: no DOCTYPE came; MPXJ parses the rest and reports its own errors
                        }
                        gan.offer(xml);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        gan.end(xml);
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new ImportFileException(name, at(e.getLocation()), "not well-formed XML (" + plain(e) + ")", e);
        } catch (IOException e) {
            throw new ImportFileException(name, null, "cannot be read (" + e.getMessage() + ")", e);
        }
        return gan.check(name);
    }

    private static String at(Location location) {
        return location == null || location.getLineNumber() < 0 ? "" : "line " + location.getLineNumber()
                + ", column " + location.getColumnNumber();
    }

    private static String plain(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        int detail = message.indexOf("Message: ");
        return (detail >= 0 ? message.substring(detail + 9) : message).strip();
    }

    /** GanttProject's {@code <task id>} and {@code <depend id>} inside tasks, with where each depend is. */
    private static final class GanLinks {
        private boolean gantt;
        private final Set<String> tasks = new HashSet<>();
        private final List<String[]> depends = new ArrayList<>();
        private final List<String> taskStack = new ArrayList<>();

        boolean isGanttRoot(XMLStreamReader xml) {
            return "project".equals(xml.getLocalName()) && xml.getAttributeValue(null, "webLink") != null;
        }

        void offer(XMLStreamReader xml) {
            String element = xml.getLocalName();
            if ("project".equals(element) && xml.getAttributeValue(null, "webLink") != null) {
                gantt = true;
            }
            if ("task".equals(element)) {
                String id = xml.getAttributeValue(null, "id");
                tasks.add(id);
                taskStack.add(id);
            } else if ("depend".equals(element) && !taskStack.isEmpty()) {
                String target = xml.getAttributeValue(null, "id");
                depends.add(new String[] {taskStack.get(taskStack.size() - 1), target, at(xml.getLocation()),
                        xml.getAttributeValue(null, "type"), xml.getAttributeValue(null, "difference")});
            }
        }

        void end(XMLStreamReader xml) {
            if ("task".equals(xml.getLocalName()) && !taskStack.isEmpty()) {
                taskStack.remove(taskStack.size() - 1);
            }
        }

        List<SourcePlan.SourceLink> check(String name) {
            if (!gantt && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".gan")) {
                return List.of();
            }
            List<SourcePlan.SourceLink> links = new ArrayList<>();
            for (String[] d : depends) {
                if (!tasks.contains(d[1])) {
                    throw new ImportFileException(name, d[2], "task " + d[0] + " has a dependency on task " + d[1]
                            + ", which is not in the file; nothing was imported");
                }
                try {
                    links.add(new SourcePlan.SourceLink("t" + (Integer.parseInt(d[0].strip()) + 1),
                            "t" + (Integer.parseInt(d[1].strip()) + 1), type(d[3]), d[4] == null ? 0 : Integer.parseInt(d[4].strip())));
                } catch (NumberFormatException e) {
                    throw new ImportFileException(name, d[2], "the dependency of task " + d[0] + " has a number that is not a whole number");
                }
            }
            return links;
        }

        /** GanttProject: 1 start-start, 2 finish-start, 3 finish-finish, 4 start-finish. */
        private static String type(String code) {
            return switch (code == null ? "2" : code.strip()) {
                case "1" -> "SS";
                case "3" -> "FF";
                case "4" -> "SF";
                default -> "FS";
            };
        }
    }
}
