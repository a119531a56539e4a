package org.jalchemy.orm.model;

import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedSuperclass;

/** The seed's TemplateTable mixin. */
@MappedSuperclass
public abstract class Template {
    @Id
    protected Integer id;
    protected String name;
    protected Integer age;

    public String getName() {
        return name;
    }
}
