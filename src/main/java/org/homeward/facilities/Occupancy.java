package org.homeward.facilities;

/**
 * Who is in a facility now (with its sections and annexes), from current placements: never typed
 * in. Children are those under 18 by their recorded date of birth; people without one are counted
 * apart rather than guessed.
 */
public record Occupancy(int women, int men, int girls, int boys, int ageUnknown) {

    static final Occupancy EMPTY = new Occupancy(0, 0, 0, 0, 0);

    public int total() {
        return women + men + girls + boys + ageUnknown;
    }

    public boolean over(Integer capacity) {
        return capacity != null && total() > capacity;
    }

    Occupancy plus(Occupancy other) {
        return new Occupancy(women + other.women, men + other.men, girls + other.girls, boys + other.boys,
                ageUnknown + other.ageUnknown);
    }
}
