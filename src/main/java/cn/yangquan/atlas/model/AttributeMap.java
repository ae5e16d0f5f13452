package cn.yangquan.atlas.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable attribute map that holds only its values and shares its array of keys with every map of the same keys:
 * a layer of 200,000 parcels keeps one key array instead of 200,000 hash tables, a saving of about 60 bytes a feature.
 * Lookup scans the keys, as quick as hashing for the few attributes a feature has. Values are never null.
 */
public final class AttributeMap extends AbstractMap<String, Object> {
    /** More keys than this are kept in an ordinary map, where lookup by scanning would be slow. */
    public static final int MAX_KEYS = 16;

    private final String[] keys;
    private final Object[] values;

    private AttributeMap(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    public Object get(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = new SimpleImmutableEntry<>(keys[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    /**
     * Makes attribute maps that share key arrays, for one reader of one layer. Not thread-safe.
     */
    public static final class Builder {
        private final Map<List<String>, String[]> sharedKeys = new HashMap<>();
        private String[] lastKeys = new String[0];

        /**
         * An immutable map of the first {@code count} keys and values: a later duplicate key replaces an earlier one,
         * and a key whose value is null is left out. The arrays are copied, so the caller may reuse them.
         */
        public Map<String, Object> build(String[] keys, Object[] values, int count) {
            String[] distinctKeys = new String[count];
            Object[] distinctValues = new Object[count];
            int size = 0;
            for (int i = 0; i < count; i++) {
                int at = indexOf(distinctKeys, size, keys[i]);
                if (at < 0) {
                    at = size++;
                    distinctKeys[at] = keys[i];
                }
                distinctValues[at] = values[i];
            }
            int present = 0;
            for (int i = 0; i < size; i++) {
                if (distinctValues[i] != null) {
                    distinctKeys[present] = distinctKeys[i];
                    distinctValues[present++] = distinctValues[i];
                }
            }
            if (present > MAX_KEYS) {
                Map<String, Object> large = new HashMap<>();
                for (int i = 0; i < present; i++) {
                    large.put(distinctKeys[i], distinctValues[i]);
                }
                return Map.copyOf(large);
            }
            return new AttributeMap(shared(distinctKeys, present), Arrays.copyOf(distinctValues, present));
        }

        private String[] shared(String[] keys, int count) {
            if (Arrays.equals(lastKeys, 0, lastKeys.length, keys, 0, count)) {
                return lastKeys;
            }
            lastKeys = sharedKeys.computeIfAbsent(List.of(Arrays.copyOf(keys, count)), list -> list.toArray(String[]::new));
            return lastKeys;
        }

        private static int indexOf(String[] keys, int count, String key) {
            for (int i = 0; i < count; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
