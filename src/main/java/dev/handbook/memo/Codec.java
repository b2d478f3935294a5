package dev.handbook.memo;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The canonical binary form of records: the same value always gives the same bytes, and the bytes give back an
 * equal value. Supported: records and sealed interfaces of records, {@code String}, {@code int}, {@code long},
 * {@code boolean}, {@code byte[]}, enums, {@link LocalDate}, {@link Digest}, {@code Optional}, {@code List},
 * {@code Set} and {@code Map} (written in sorted order, read back in that order), and {@link Digested} (written as
 * its digest, for keys only). {@code null} is not a value.
 *
 * <p>Each type is worked out once into a {@link Plan}, so writing and reading a value does no reflection but one
 * method-handle call per record component. Stateless apart from that cache; safe to share.
 */
public final class Codec {
    private static final Map<Type, Plan> PLANS = new ConcurrentHashMap<>();
    private static final Map<Type, Plan> IN_PROGRESS = new HashMap<>();

    private Codec() {
    }

    /**
     * The bytes of a value, as its runtime class.
     *
     * @throws IllegalArgumentException if the value holds {@code null} or a type the codec does not know
     */
    public static byte[] encode(Object value) {
        Out out = new Out(256);
        plan(value.getClass()).write(out, value);
        return out.toArray();
    }

    /**
     * The value that {@link #encode} wrote into {@code length} bytes from {@code offset}.
     *
     * @throws Malformed if the bytes are not such a value
     */
    public static <T> T decode(Class<T> type, byte[] bytes, int offset, int length) {
        In in = new In(bytes, offset, offset + length);
        try {
            T value = type.cast(plan(type).read(in));
            if (in.at != in.end) {
                throw new Malformed("bytes left over after a " + type.getSimpleName());
            }
            return value;
        } catch (Malformed e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Malformed("not a " + type.getSimpleName() + ": " + e);
        }
    }

    /** The digest of a key: of its class name and its bytes. */
    public static Digest digest(Object key) {
        Out out = new Out(512);
        out.writeString(key.getClass().getName());
        plan(key.getClass()).write(out, key);
        return Digest.of(out.buffer, 0, out.size);
    }

    /** Bytes that are not what the codec wrote: a damaged or foreign file. */
    public static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** How to write and read the values of one type. */
    private interface Plan {
        void write(Out out, Object value);

        Object read(In in);
    }

    private static Plan plan(Type type) {
        Plan plan = PLANS.get(type);
        return plan != null ? plan : makePlan(type);
    }

    /**
     * Works out a type's plan. A record's plan refers to its components' plans; a placeholder, seen only by the
     * thread that works it out, breaks cycles until it is made. Other threads wait for the finished plan.
     */
    private static synchronized Plan makePlan(Type type) {
        Plan plan = PLANS.get(type);
        if (plan == null) {
            plan = IN_PROGRESS.get(type);
        }
        if (plan != null) {
            return plan;
        }
        Plan[] made = new Plan[1];
        IN_PROGRESS.put(type, new Plan() {
            @Override
            public void write(Out out, Object value) {
                made[0].write(out, value);
            }

            @Override
            public Object read(In in) {
                return made[0].read(in);
            }
        });
        try {
            made[0] = make(type);
        } finally {
            IN_PROGRESS.remove(type);
        }
        PLANS.put(type, made[0]);
        return made[0];
    }

    private static Plan make(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return Plain.STRING;
        } else if (raw == int.class || raw == Integer.class) {
            return Plain.INT;
        } else if (raw == long.class || raw == Long.class) {
            return Plain.LONG;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return Plain.BOOLEAN;
        } else if (raw == byte[].class) {
            return Plain.BYTES;
        } else if (raw == Digest.class) {
            return Plain.DIGEST;
        } else if (raw == Digested.class) {
            return Plain.DIGESTED;
        } else if (raw == LocalDate.class) {
            return Plain.DATE;
        } else if (raw == Optional.class) {
            return optional(plan(argument(type, 0)));
        } else if (raw == List.class) {
            return list(plan(argument(type, 0)));
        } else if (raw == Set.class) {
            return set(plan(argument(type, 0)));
        } else if (raw == Map.class) {
            return map(plan(argument(type, 0)), plan(argument(type, 1)));
        } else if (raw.isEnum()) {
            return enumeration(raw);
        } else if (raw.isRecord()) {
            return record(raw);
        } else if (raw.isSealed()) {
            return sealed(raw);
        }
        throw new IllegalArgumentException("the codec does not know " + type);
    }

    /** The plans of the types that are not made of others. */
    private enum Plain implements Plan {
        STRING {
            @Override
            public void write(Out out, Object value) {
                out.writeBytes(((String) value).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public Object read(In in) {
                int length = in.readCount();
                String text = new String(in.bytes, in.at, length, StandardCharsets.UTF_8);
                in.at += length;
                return text;
            }
        },
        INT {
            @Override
            public void write(Out out, Object value) {
                out.writeSigned((Integer) value);
            }

            @Override
            public Object read(In in) {
                long number = in.readSigned();
                if (number != (int) number) {
                    throw new Malformed("not an int: " + number);
                }
                return (int) number;
            }
        },
        LONG {
            @Override
            public void write(Out out, Object value) {
                out.writeSigned((Long) value);
            }

            @Override
            public Object read(In in) {
                return in.readSigned();
            }
        },
        BOOLEAN {
            @Override
            public void write(Out out, Object value) {
                out.writeByte((Boolean) value ? 1 : 0);
            }

            @Override
            public Object read(In in) {
                int b = in.readByte();
                if (b > 1) {
                    throw new Malformed("not a boolean: " + b);
                }
                return b == 1;
            }
        },
        BYTES {
            @Override
            public void write(Out out, Object value) {
                out.writeBytes((byte[]) value);
            }

            @Override
            public Object read(In in) {
                int length = in.readCount();
                byte[] bytes = Arrays.copyOfRange(in.bytes, in.at, in.at + length);
                in.at += length;
                return bytes;
            }
        },
        DIGEST {
            @Override
            public void write(Out out, Object value) {
                out.writeDigest((Digest) value);
            }

            @Override
            public Object read(In in) {
                in.need(Digest.BYTES);
                Digest digest = Digest.read(ByteBuffer.wrap(in.bytes, in.at, Digest.BYTES));
                in.at += Digest.BYTES;
                return digest;
            }
        },
        DIGESTED {
            @Override
            public void write(Out out, Object value) {
                out.writeDigest(((Digested<?>) value).digest());
            }

            @Override
            public Object read(In in) {
                throw new IllegalArgumentException("a digested value is written for keys only");
            }
        },
        DATE {
            @Override
            public void write(Out out, Object value) {
                out.writeSigned(((LocalDate) value).toEpochDay());
            }

            @Override
            public Object read(In in) {
                return LocalDate.ofEpochDay(in.readSigned());
            }
        }
    }

    private static Plan optional(Plan inner) {
        return new Plan() {
            @Override
            public void write(Out out, Object value) {
                Optional<?> optional = (Optional<?>) value;
                out.writeByte(optional.isPresent() ? 1 : 0);
                optional.ifPresent(present -> inner.write(out, present));
            }

            @Override
            public Object read(In in) {
                return in.readByte() == 1 ? Optional.of(inner.read(in)) : Optional.empty();
            }
        };
    }

    private static Plan list(Plan element) {
        return new Plan() {
            @Override
            public void write(Out out, Object value) {
                List<?> list = (List<?>) value;
                out.writeVarLong(list.size());
                for (Object item : list) {
                    element.write(out, item);
                }
            }

            @Override
            public Object read(In in) {
                Object[] items = new Object[in.readCount()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = element.read(in);
                }
                return List.of(items);
            }
        };
    }

    private static Plan set(Plan element) {
        return new Plan() {
            @Override
            public void write(Out out, Object value) {
                List<Object> sorted = sorted((Set<?>) value);
                out.writeVarLong(sorted.size());
                for (Object item : sorted) {
                    element.write(out, item);
                }
            }

            @Override
            public Object read(In in) {
                int count = in.readCount();
                Set<Object> items = new LinkedHashSet<>(count * 2);
                for (int i = 0; i < count; i++) {
                    items.add(element.read(in));
                }
                return Collections.unmodifiableSet(items);
            }
        };
    }

    private static Plan map(Plan keys, Plan values) {
        return new Plan() {
            @Override
            public void write(Out out, Object value) {
                Map<?, ?> map = (Map<?, ?>) value;
                List<Object> sorted = sorted(map.keySet());
                out.writeVarLong(sorted.size());
                for (Object key : sorted) {
                    keys.write(out, key);
                    values.write(out, map.get(key));
                }
            }

            @Override
            public Object read(In in) {
                int count = in.readCount();
                Map<Object, Object> map = new LinkedHashMap<>(count * 2);
                for (int i = 0; i < count; i++) {
                    Object key = keys.read(in);
                    map.put(key, values.read(in));
                }
                return Collections.unmodifiableMap(map);
            }
        };
    }

    private static Plan enumeration(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        return new Plan() {
            @Override
            public void write(Out out, Object value) {
                out.writeVarLong(((Enum<?>) value).ordinal());
            }

            @Override
            public Object read(In in) {
                return constants[in.readIndex(constants.length, type)];
            }
        };
    }

    private static Plan record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        MethodHandle[] accessors = new MethodHandle[components.length];
        Plan[] plans = new Plan[components.length];
        Class<?>[] raw = new Class<?>[components.length];
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            for (int i = 0; i < components.length; i++) {
                accessors[i] = lookup.unreflect(components[i].getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
                plans[i] = plan(components[i].getGenericType());
                raw[i] = components[i].getType();
            }
            MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, raw))
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new Plan() {
                @Override
                public void write(Out out, Object value) {
                    for (int i = 0; i < accessors.length; i++) {
                        Object component;
                        try {
                            component = (Object) accessors[i].invokeExact(value);
                        } catch (Throwable e) {
                            throw new IllegalStateException("cannot read a component of " + type, e);
                        }
                        if (component == null) {
                            throw new IllegalArgumentException("the codec has no null (in " + type + ")");
                        }
                        plans[i].write(out, component);
                    }
                }

                @Override
                public Object read(In in) {
                    Object[] values = new Object[plans.length];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = plans[i].read(in);
                    }
                    try {
                        return (Object) constructor.invokeExact(values);
                    } catch (RuntimeException e) {
                        throw new Malformed("not a valid " + type.getSimpleName() + ": " + e);
                    } catch (Throwable e) {
                        throw new IllegalStateException("cannot make a " + type, e);
                    }
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot take apart " + type, e);
        }
    }

    private static Plan sealed(Class<?> type) {
        Class<?>[] permitted = type.getPermittedSubclasses();
        Plan[] plans = new Plan[permitted.length];
        for (int i = 0; i < permitted.length; i++) {
            plans[i] = plan(permitted[i]);
        }
        return new Plan() {
            @Override
            public void write(Out out, Object value) {
                for (int i = 0; i < permitted.length; i++) {
                    if (permitted[i] == value.getClass()) {
                        out.writeVarLong(i);
                        plans[i].write(out, value);
                        return;
                    }
                }
                throw new IllegalArgumentException(value.getClass() + " is not one of " + type);
            }

            @Override
            public Object read(In in) {
                return plans[in.readIndex(plans.length, type)].read(in);
            }
        };
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("the codec needs concrete types, not " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("the codec needs the element type of " + type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Object> sorted(Collection<?> items) {
        List<Object> sorted = new ArrayList<>(items);
        sorted.sort((x, y) -> ((Comparable) x).compareTo(y));
        return sorted;
    }

    /** A growing byte array. */
    private static final class Out {
        byte[] buffer;
        int size;

        Out(int capacity) {
            buffer = new byte[capacity];
        }

        byte[] toArray() {
            return Arrays.copyOf(buffer, size);
        }

        private void room(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        void writeByte(int b) {
            room(1);
            buffer[size++] = (byte) b;
        }

        void writeVarLong(long value) {
            room(10);
            while ((value & ~0x7FL) != 0) {
                buffer[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            buffer[size++] = (byte) value;
        }

        /** A signed number in few bytes when it is near zero (zigzag, then variable length). */
        void writeSigned(long value) {
            writeVarLong((value << 1) ^ (value >> 63));
        }

        void writeBytes(byte[] bytes) {
            writeVarLong(bytes.length);
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        void writeString(String text) {
            writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }

        void writeDigest(Digest digest) {
            room(Digest.BYTES);
            digest.write(ByteBuffer.wrap(buffer, size, Digest.BYTES));
            size += Digest.BYTES;
        }
    }

    /** Reads what {@link Out} wrote. */
    private static final class In {
        final byte[] bytes;
        int at;
        final int end;

        In(byte[] bytes, int at, int end) {
            this.bytes = bytes;
            this.at = at;
            this.end = end;
        }

        void need(int count) {
            if (count < 0 || at + count > end) {
                throw new Malformed("the bytes end too early");
            }
        }

        int readByte() {
            need(1);
            return bytes[at++] & 0xFF;
        }

        long readVarLong() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = readByte();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new Malformed("a number is too long");
        }

        long readSigned() {
            long zigzag = readVarLong();
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        /** An index below {@code limit}: of an enum's constant or a sealed type's kind. */
        int readIndex(int limit, Class<?> of) {
            long index = readVarLong();
            if (index < 0 || index >= limit) {
                throw new Malformed("no kind " + index + " of " + of.getSimpleName());
            }
            return (int) index;
        }

        /** A count of bytes or items still to come: no more than the bytes left, since each takes at least one. */
        int readCount() {
            long count = readVarLong();
            if (count < 0 || count > end - at) {
                throw new Malformed("a count of " + count + " is more than the bytes left");
            }
            return (int) count;
        }
    }
}
