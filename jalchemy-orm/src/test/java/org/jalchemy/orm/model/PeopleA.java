package org.jalchemy.orm.model;

import org.jalchemy.orm.mapping.Entity;

@Entity("people_a")
public class PeopleA extends Template {
}
