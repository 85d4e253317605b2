package org.homeward.kernel;

/**
 * Where a page sits in a list, for the previous / next links (pages count from 0, people from 1);
 * {@code totalIsAtLeast}: the list was counted only so far, and holds more than {@code total - 1}.
 */
public record Pagination(int page, int size, long total, boolean totalIsAtLeast) {

    public Pagination(int page, int size, long total) {
        this(page, size, total, false);
    }

    public static Pagination of(PageOf<?> list) {
        return new Pagination(list.page(), list.size(), list.total());
    }

    /** A list counted only so far ({@code totalIsAtLeast}): how many it holds more than. */
    public long moreThan() {
        return total - 1;
    }

    /** A page number from a link, which anyone may edit: anything but a number means the first page. */
    public static int pageNumber(String typed) {
        try {
            return typed == null ? 0 : Math.max(0, Integer.parseInt(typed.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    public int lastPage() {
        return (int) Math.max(0, (total - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page < lastPage();
    }

    public int previous() {
        return Math.max(0, page - 1);
    }

    public int next() {
        return Math.min(lastPage(), page + 1);
    }

    public int number() {
        return page + 1;
    }

    public int count() {
        return lastPage() + 1;
    }
}
