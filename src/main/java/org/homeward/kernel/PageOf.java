package org.homeward.kernel;

import java.util.List;

/** One page of a list, in the API's list shape: {@code {items, page, size, total}}. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** Cuts a page out of a short list that is already in memory. */
    public static <T> PageOf<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PageOf<>(all.subList(from, to), page, size, all.size());
    }
}
