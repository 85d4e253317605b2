package org.homeward.people;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** {@link PersonPhotos#NONE} until a feature keeps photos (documents does). */
@Dependent
class NoPersonPhotos {

    @Produces
    @DefaultBean
    PersonPhotos none() {
        return PersonPhotos.NONE;
    }
}
