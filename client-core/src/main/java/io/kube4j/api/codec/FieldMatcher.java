package io.kube4j.api.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * Maps a model's JSON property names to field numbers while reading, predicting each next name.
 * Servers write an object's properties in a stable order (Go struct order), so after the first object
 * every prediction hits: {@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}
 * then only compares bytes instead of hashing and looking the name up in the parser's symbol table, which is
 * a large part of parsing time. A miss falls back to a normal lookup and records the order it saw; the
 * table is shared across threads and its racy updates are harmless (a stale entry is just a miss).
 */
public final class FieldMatcher {
    /** {@link #first}/{@link #next} result: the object ended. */
    public static final int END = -1;
    /** {@link #first}/{@link #next} result: a property the model does not know (see {@code p.currentName()}). */
    public static final int UNKNOWN = -2;

    private final SerializedString[] names;
    /** predicted[i]: the field expected after field i; predicted[names.length]: the first field. */
    private final int[] predicted;
    private final String[] table;
    private final int[] tableIds;

    /** @param names the JSON property names; a name's index is its field number */
    public FieldMatcher(String... names) {
        this.names = new SerializedString[names.length];
        this.predicted = new int[names.length + 1];
        int size = Integer.highestOneBit(Math.max(4, names.length * 2 + 1) * 2 - 1);
        this.table = new String[size];
        this.tableIds = new int[size];
        for (int i = 0; i < names.length; i++) {
            this.names[i] = new SerializedString(names[i]);
            this.predicted[i] = i + 1 < names.length ? i + 1 : UNKNOWN;
            int slot = names[i].hashCode() & (size - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = names[i];
            tableIds[slot] = i;
        }
        this.predicted[names.length] = names.length > 0 ? 0 : UNKNOWN;
    }

    /** The serialized name of field {@code id}, for writing. */
    public SerializedString name(int id) {
        return names[id];
    }

    /**
     * Enters an object and returns its first field number, {@link #UNKNOWN} or {@link #END}. Accepts a parser
     * on {@code START_OBJECT}, or already inside the object on {@code FIELD_NAME}/{@code END_OBJECT} (as
     * Jackson hands over buffered objects).
     */
    public int first(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return next(p, names.length);
        }
        if (t == JsonToken.FIELD_NAME) {
            return lookup(p.currentName());
        }
        if (t == JsonToken.END_OBJECT) {
            return END;
        }
        throw CodecException.expected(p, "an object");
    }

    /**
     * Advances to the next property name and returns its field number, {@link #UNKNOWN} or {@link #END}.
     *
     * @param last the previous result
     */
    public int next(JsonParser p, int last) throws IOException {
        int guess = last >= 0 ? predicted[last] : UNKNOWN;
        if (guess >= 0) {
            if (p.nextFieldName(names[guess])) {
                return guess;
            }
        } else {
            p.nextToken();
        }
        JsonToken t = p.currentToken();
        if (t != JsonToken.FIELD_NAME) {
            if (t == JsonToken.END_OBJECT) {
                return END;
            }
            throw CodecException.expected(p, "a field name or '}'");
        }
        int id = lookup(p.currentName());
        if (last >= 0 && id >= 0) {
            predicted[last] = id;
        }
        return id;
    }

    private int lookup(String name) {
        int mask = table.length - 1;
        int slot = name.hashCode() & mask;
        while (true) {
            String candidate = table[slot];
            if (candidate == null) {
                return UNKNOWN;
            }
            if (candidate.equals(name)) {
                return tableIds[slot];
            }
            slot = (slot + 1) & mask;
        }
    }
}
