package org.homeward.facilities;

import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;

/**
 * The facility tree, read once per request: a person list needs it to resolve a filter, to bound
 * a case worker's scope and to name each row's facility, and read it three times before. Never
 * shared between requests, so a facility edited elsewhere is seen by the next request.
 */
@RequestScoped
class FacilityTreeOfRequest {

    private FacilityTree tree;

    FacilityTree get(Supplier<FacilityTree> read) {
        if (tree == null) {
            tree = read.get();
        }
        return tree;
    }

    /** After a change in this request, the next read goes to the database again. */
    void forget() {
        tree = null;
    }
}
