package org.chatterie.portal.catalog;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.networknt.schema.JsonNodePath;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Field paths as a person reads them in a manifest: {@code volumes[1].backup}, {@code id},
 * {@code resources.memory}. The empty string means the whole document.
 */
final class FieldPath {

    private FieldPath() {}

    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path of a schema validation message's instance location. */
    static String of(JsonNodePath path) {
        String result = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            result = element instanceof Integer index ? index(result, index) : child(result, element.toString());
        }
        return result;
    }

    /** The path of the value a streaming YAML parser is on. */
    static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String result = "";
        for (JsonStreamContext c : chain) {
            // A container just opened has no index or name yet: it stands for its parent's slot.
            if (c.inArray() && c.hasCurrentIndex()) {
                result = index(result, c.getCurrentIndex());
            } else if (c.inObject() && c.hasCurrentName()) {
                result = child(result, c.getCurrentName());
            }
        }
        return result;
    }
}
