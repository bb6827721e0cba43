package org.chatterie.portal.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the bytes of one manifest into a JSON tree, refusing what a manifest never needs and an
 * attacker could use: more than {@value #MAX_BYTES} bytes, aliases (billion-laughs bombs;
 * Jackson would also silently read an alias as the anchor's name), duplicate keys (which one
 * wins is a matter of parser), several documents in one file.
 */
final class ManifestYaml {

    static final int MAX_BYTES = 64 * 1024;
    /** An alias bomb has thousands of aliases; ten lines say enough. */
    static final int MAX_REPORTED_STRUCTURE_PROBLEMS = 10;
    private static final int MAX_NESTING = 32;

    private final YAMLMapper mapper;

    ManifestYaml() {
        LoaderOptions options = new LoaderOptions();
        // Jackson streams SnakeYAML's events and never expands an alias, and checkStructure refuses
        // aliases outright; these limits still bind should parsing ever go through SnakeYAML's
        // composer (which is where an alias bomb explodes).
        options.setMaxAliasesForCollections(2);
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(MAX_NESTING);
        // Repeated keys are refused by checkStructure, which can name the field; the parser's own
        // check would stop at the first one with a message about "fields".
        options.setAllowDuplicateKeys(true);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_BYTES).build())
                .build();
        this.mapper = new YAMLMapper(factory);
    }

    /** The manifest's top-level mapping, or every reason the file cannot be one. */
    JsonNode read(String file, byte[] content) throws ManifestException {
        if (content.length > MAX_BYTES) {
            throw new ManifestException(ManifestProblem.ofFile(file, "the file is %d KiB; a manifest may be at most %d KiB"
                    .formatted((content.length + 1023) / 1024, MAX_BYTES / 1024)));
        }
        String text = decodeUtf8(file, content);
        if (text.isBlank()) {
            throw new ManifestException(ManifestProblem.ofFile(file, "the file is empty"));
        }
        List<ManifestProblem> problems = checkStructure(file, text);
        if (!problems.isEmpty()) {
            throw new ManifestException(problems);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ManifestException(notYaml(file, e));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new ManifestException(ManifestProblem.ofFile(file, "the file is empty"));
        }
        if (!tree.isObject()) {
            throw new ManifestException(ManifestProblem.ofFile(file,
                    "a manifest must be a mapping of fields such as \"id: myapp\", but this file holds "
                            + SchemaMessages.describeType(tree.getNodeType().name().toLowerCase())));
        }
        return tree;
    }

    private static String decodeUtf8(String file, byte[] content) throws ManifestException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ManifestException(ManifestProblem.ofFile(file,
                    "the file is not UTF-8 text (is it a binary file?); a manifest is YAML written in UTF-8"));
        }
    }

    /** One streaming pass over the YAML events, before any tree is built. */
    private List<ManifestProblem> checkStructure(String file, String text) throws ManifestException {
        List<ManifestProblem> problems = new ArrayList<>();
        Deque<Set<String>> keysOfOpenMappings = new ArrayDeque<>();
        int documents = 0;
        try (YAMLParser parser = (YAMLParser) mapper.getFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (keysOfOpenMappings.isEmpty() && !token.isStructEnd()) {
                    documents++;
                }
                switch (token) {
                    case START_OBJECT -> keysOfOpenMappings.push(new HashSet<>());
                    case START_ARRAY -> keysOfOpenMappings.push(Set.of());
                    case END_OBJECT, END_ARRAY -> keysOfOpenMappings.pop();
                    case FIELD_NAME -> {
                        if (!keysOfOpenMappings.peek().add(parser.currentName())) {
                            problems.add(atToken(file, parser, "is given twice in the same mapping"));
                        }
                    }
                    default -> { }
                }
                // Only aliases are reported: an anchor nobody refers to is harmless, and Jackson
                // does not expose the anchors of plain values anyway.
                if (parser.isCurrentAlias()) {
                    problems.add(atToken(file, parser, "uses the YAML alias *" + parser.getText()
                            + "; anchors and aliases are not allowed in a manifest, write the value out"));
                }
            }
        } catch (JsonProcessingException e) {
            throw new ManifestException(notYaml(file, e));
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
        if (problems.size() > MAX_REPORTED_STRUCTURE_PROBLEMS) {
            int more = problems.size() - MAX_REPORTED_STRUCTURE_PROBLEMS;
            problems = new ArrayList<>(problems.subList(0, MAX_REPORTED_STRUCTURE_PROBLEMS));
            problems.add(ManifestProblem.ofFile(file, "and " + more + " more aliases or repeated keys"));
        }
        if (documents > 1) {
            problems.add(ManifestProblem.ofFile(file, "the file holds " + documents
                    + " YAML documents (separated by ---); a manifest is exactly one"));
        }
        return problems;
    }

    private static ManifestProblem atToken(String file, JsonParser parser, String message) {
        return new ManifestProblem(file, FieldPath.of(parser.getParsingContext()),
                message + " (line " + parser.currentTokenLocation().getLineNr() + ")");
    }

    private static ManifestProblem notYaml(String file, JsonProcessingException e) {
        String reason = e.getOriginalMessage();
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " (line %d, column %d)".formatted(location.getLineNr(), location.getColumnNr());
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblem() != null) {
                reason = marked.getProblem();
                Mark mark = marked.getProblemMark();
                where = mark == null ? where : " (line %d, column %d)".formatted(mark.getLine() + 1, mark.getColumn() + 1);
            }
        }
        return ManifestProblem.ofFile(file, "the file is not valid YAML: " + plain(reason) + where);
    }

    /** Parser messages sometimes quote internal event classes; people need the first clause only. */
    private static String plain(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unreadable content";
        }
        String firstLine = reason.strip().lines().findFirst().orElse("");
        if (firstLine.startsWith("Expected a field name")) {
            return "a key must be plain text, not a list or a mapping";
        }
        int internal = firstLine.indexOf(" <org.");
        String cut = internal > 0 ? firstLine.substring(0, internal).replaceAll("[:,]\\s*$", "") : firstLine;
        return cut.length() > 160 ? cut.substring(0, 160) + "…" : cut;
    }
}
