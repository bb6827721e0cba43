package org.chatterie.portal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites JSON Schema validation messages for the people who write manifests. The validator
 * says "does not match the regex pattern ^[a-z][a-z0-9-]{0,38}[a-z0-9]$"; a packager needs
 * "must be 2 to 40 characters from a-z, 0-9 and '-'". The phrases are keyed by the schema
 * location of the rule that failed, so a rule renamed in the schema falls back to the
 * validator's own words rather than to a wrong explanation.
 */
final class SchemaMessages {

    private static final String QUANTITY = "must be a size such as 256Mi, 1Gi or 512M: a whole number and a unit"
            + " (Ki, Mi, Gi, Ti are powers of 1024; k, M, G, T powers of 1000)";
    private static final String DURATION = "must be a duration in minutes and seconds such as 10s, 2m or 1m30s";
    private static final String SECRET_OR_VALUE = "needs either \"value: <text>\" or \"generate: secret\"";

    /** Plain-English phrases by the schema location (JSON pointer) of the failing keyword. */
    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("/$defs/slug/pattern",
                    "must be 2 to 40 characters from a-z, 0-9 and '-', start with a letter and not end with '-'"),
            Map.entry("/$defs/label/pattern", "must not be blank"),
            Map.entry("/$defs/descriptionText/pattern", "must not be blank"),
            Map.entry("/$defs/appVersion/pattern",
                    "must be a version such as 1.4.2 or 2024.06 (letters, digits and . + _ ~ -, at most 40 characters)"),
            Map.entry("/$defs/spdxExpression/pattern", "must be an SPDX licence identifier or expression,"
                    + " such as AGPL-3.0-or-later or MIT OR Apache-2.0 (see https://spdx.org/licenses/)"),
            Map.entry("/$defs/imageReference/pattern", "must be an image reference in lowercase:"
                    + " repository:tag, repository@sha256:<64 hex digits> or repository:tag@sha256:<64 hex digits>"),
            Map.entry("/$defs/pinnedImage/pattern", "must be pinned by digest (…@sha256:<64 hex digits>) so that"
                    + " every node runs exactly the reviewed image; only apps of category testing may use a tag alone"),
            Map.entry("/$defs/absolutePath/pattern",
                    "must be an absolute path inside the container such as /data, and not / itself"),
            Map.entry("/$defs/absolutePath/not", "must not contain . or .. segments"),
            Map.entry("/$defs/systemDirectory/not",
                    "must not be /proc, /sys, /dev or under them: policy does not permit mounting over system directories"),
            Map.entry("/$defs/dockerSocket/not",
                    "must not mention docker.sock: policy does not permit giving an app the Docker socket"),
            Map.entry("/$defs/envVar/not", "must have either \"value\" or \"generate: secret\", not both"),
            Map.entry("/$defs/envName/pattern",
                    "must be upper-case letters, digits and _, not starting with a digit (such as APP_SECRET)"),
            Map.entry("/$defs/envName/not", "must not start with CHATTERIE_: that prefix is reserved for Chatterie"),
            Map.entry("/$defs/quantity/pattern", QUANTITY),
            Map.entry("/$defs/quantity/type", QUANTITY),
            Map.entry("/$defs/duration/pattern", DURATION),
            Map.entry("/$defs/duration/type", DURATION));

    private final JsonNode schemaTree;

    SchemaMessages(JsonNode schemaTree) {
        this.schemaTree = schemaTree;
    }

    ManifestProblem toProblem(String file, ValidationMessage message) {
        String field = FieldPath.of(message.getInstanceLocation());
        String rule = schemaPointer(message);
        String phrase = PHRASES.get(rule);
        if (phrase != null) {
            return new ManifestProblem(file, field, phrase);
        }
        Object[] args = message.getArguments() == null ? new Object[0] : message.getArguments();
        return switch (message.getType()) {
            case "required" -> rule.startsWith("/$defs/envVar/anyOf/")
                    ? new ManifestProblem(file, field, SECRET_OR_VALUE)
                    : new ManifestProblem(file, FieldPath.child(field, message.getProperty()), "is required");
            case "additionalProperties" -> new ManifestProblem(file, FieldPath.child(field, message.getProperty()),
                    field.isEmpty() ? "is not a field of a version 1 manifest (check the spelling)"
                            : "is not a known field here (check the spelling)");
            case "propertyNames" -> new ManifestProblem(file, FieldPath.child(field, message.getProperty()),
                    "is not a language code such as fr, en, de or pt-BR");
            case "type" -> new ManifestProblem(file, field, wrongType(args));
            case "enum" -> new ManifestProblem(file, field, notInList(rule, message.getInstanceNode()));
            case "const" -> new ManifestProblem(file, field, "must be " + schemaTree.at(rule).toString());
            case "minimum" -> new ManifestProblem(file, field, "must be at least " + args[0]);
            case "maximum" -> new ManifestProblem(file, field, "must be at most " + args[0]);
            case "minLength" -> new ManifestProblem(file, field,
                    "1".equals(String.valueOf(args[0])) ? "must not be empty" : "must be at least " + args[0] + " characters");
            case "maxLength" -> new ManifestProblem(file, field, "must be at most " + args[0] + " characters");
            case "minItems" -> new ManifestProblem(file, field, "must list at least " + args[0] + " item(s)");
            case "maxItems" -> new ManifestProblem(file, field, "must list at most " + args[0] + " items");
            case "uniqueItems" -> new ManifestProblem(file, field, "lists the same value twice");
            default -> new ManifestProblem(file, field, withoutLocation(message.getMessage()));
        };
    }

    /** How a person calls a JSON Schema type; also used for the YAML a file holds. */
    static String describeType(String schemaType) {
        return switch (schemaType) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping of fields";
            case "null" -> "nothing";
            default -> schemaType;
        };
    }

    private static String wrongType(Object[] args) {
        String found = String.valueOf(args[0]);
        String expected = args.length > 1 ? String.valueOf(args[1]) : "";
        String message = "must be " + describeType(expected) + ", not " + describeType(found);
        boolean yamlReadTextAsSomethingElse = "string".equals(expected)
                && List.of("integer", "number", "boolean").contains(found);
        // YAML reads 1.10 as the number 1.1 and "no" as false: quotes keep the text as written.
        return yamlReadTextAsSomethingElse ? message + ": put the value in quotes" : message;
    }

    private String notInList(String rule, JsonNode value) {
        List<String> allowed = new ArrayList<>();
        schemaTree.at(rule).forEach(v -> allowed.add(v.asText()));
        if (rule.equals("/$defs/capability/enum")) {
            return capabilityRefused(value == null ? "" : value.asText(), allowed);
        }
        return "must be one of " + String.join(", ", allowed);
    }

    private static String capabilityRefused(String asked, List<String> allowed) {
        String withoutPrefix = asked.startsWith("CAP_") ? asked.substring("CAP_".length()) : asked;
        if (!withoutPrefix.equals(asked) && allowed.contains(withoutPrefix)) {
            return "write " + withoutPrefix + ", without the CAP_ prefix";
        }
        return "policy does not permit the capability " + asked + "; an app may ask only for "
                + String.join(", ", allowed);
    }

    private static String schemaPointer(ValidationMessage message) {
        String location = String.valueOf(message.getSchemaLocation());
        int hash = location.indexOf('#');
        return hash < 0 ? "" : location.substring(hash + 1);
    }

    /** The validator prefixes its messages with a "$.field" path; ours is in the problem already. */
    private static String withoutLocation(String validatorMessage) {
        int colon = validatorMessage.indexOf(": ");
        return validatorMessage.startsWith("$") && colon > 0 ? validatorMessage.substring(colon + 2) : validatorMessage;
    }
}
