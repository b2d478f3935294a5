package dev.handbook.memo;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value that keys name by its digest: in a key it is encoded as the digest alone, and two are equal when their
 * digests are. The value itself is made only when asked for, at most once, so a key can name a large result (a
 * rendered guide body) that a build may never need.
 *
 * @param <T> the value's type
 */
public final class Digested<T> implements Supplier<T> {
    private final Digest digest;
    private final Supplier<T> make;
    private volatile T value;

    private Digested(Digest digest, T value, Supplier<T> make) {
        this.digest = Objects.requireNonNull(digest);
        this.value = value;
        this.make = make;
    }

    /** A value at hand, under its digest. */
    public static <T> Digested<T> of(Digest digest, T value) {
        return new Digested<>(digest, Objects.requireNonNull(value), null);
    }

    /** A value made when first asked for; {@code make} must give what the digest stands for. */
    public static <T> Digested<T> later(Digest digest, Supplier<T> make) {
        return new Digested<>(digest, null, Objects.requireNonNull(make));
    }

    /** The digest that stands for the value. */
    public Digest digest() {
        return digest;
    }

    /** The value, made now if it was not at hand. */
    @Override
    public T get() {
        T here = value;
        if (here == null) {
            synchronized (this) {
                here = value;
                if (here == null) {
                    here = Objects.requireNonNull(make.get());
                    value = here;
                }
            }
        }
        return here;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Digested<?> that && that.digest.equals(digest);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return "Digested[" + digest + "]";
    }
}
