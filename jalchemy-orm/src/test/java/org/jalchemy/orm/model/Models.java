package org.jalchemy.orm.model;

import org.jalchemy.orm.Registry;

/** One registry for the test models, mapped once per JVM. */
public final class Models {
    public static final Registry REGISTRY = new Registry().mapAll(User.class, Address.class, PeopleA.class, PeopleB.class);

    private Models() {
    }
}
