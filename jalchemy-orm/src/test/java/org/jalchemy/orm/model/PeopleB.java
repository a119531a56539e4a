package org.jalchemy.orm.model;

import org.jalchemy.orm.mapping.Entity;

@Entity("people_b")
public class PeopleB extends Template {
}
