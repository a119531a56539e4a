package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.orm.mapping.RelationshipDirection;
import org.jalchemy.orm.rel.RelModels;
import org.jalchemy.orm.rel.RelModels.Child;
import org.jalchemy.orm.rel.RelModels.Course;
import org.jalchemy.orm.rel.RelModels.Node;
import org.jalchemy.orm.rel.RelModels.Parent;
import org.jalchemy.orm.rel.RelModels.RAddress;
import org.jalchemy.orm.rel.RelModels.RPost;
import org.jalchemy.orm.rel.RelModels.RTag;
import org.jalchemy.orm.rel.RelModels.RUser;
import org.jalchemy.orm.rel.RelModels.Student;
import org.jalchemy.orm.state.InstrumentedList;
import org.jalchemy.orm.state.InstrumentedSet;
import org.junit.jupiter.api.Test;

/** Relationships before any session: instrumented collections and backrefs kept in sync in memory. */
class RelationshipInMemoryTest {
    static {
        RelModels.REGISTRY.metadata();
    }

    @Test
    void directionsInferredFromForeignKeys() {
        assertThat(RUser.ADDRESSES.direction()).isEqualTo(RelationshipDirection.ONE_TO_MANY);
        assertThat(RUser.ADDRESSES.reverse().name()).isEqualTo("user");
        assertThat(RUser.ADDRESSES.reverse().direction()).isEqualTo(RelationshipDirection.MANY_TO_ONE);
        assertThat(Parent.CHILDREN.reverse().name()).isEqualTo("parent");
        assertThat(Parent.CHILDREN.cascade().deleteOrphan()).isTrue();
    }

    @Test
    void appendSetsBackrefAndSettingBackrefAppends() {
        RUser u1 = new RUser();
        RAddress a1 = new RAddress();
        assertThat(u1.getAddresses()).isEmpty();
        assertThat(u1.getAddresses()).isInstanceOf(InstrumentedList.class);
        assertThat(a1.getUser()).isNull();
        u1.getAddresses().add(a1);
        assertThat(u1.getAddresses()).containsExactly(a1);
        assertThat(a1.getUser()).isSameAs(u1);

        RAddress a2 = new RAddress();
        a2.setUser(u1);
        assertThat(u1.getAddresses()).containsExactly(a1, a2);

        RUser u2 = new RUser();
        a2.setUser(u2);
        assertThat(u1.getAddresses()).containsExactly(a1);
        assertThat(u2.getAddresses()).containsExactly(a2);

        u1.getAddresses().remove(a1);
        assertThat(a1.getUser()).isNull();
        u2.getAddresses().addAll(List.of(a1));
        assertThat(a1.getUser()).isSameAs(u2);
        u2.getAddresses().clear();
        assertThat(a1.getUser()).isNull();
        assertThat(a2.getUser()).isNull();
    }

    @Test
    void plainListFromConstructorIsAdoptedWithEvents() {
        Parent p = new Parent("p");
        Child c = new Child("c");
        p.plainChildrenField().add(c); // the plain ArrayList the constructor made: no event yet
        assertThat(p.getChildren()).isInstanceOf(InstrumentedList.class).containsExactly(c);
        assertThat(c.getParent()).isSameAs(p);
        RUser u = new RUser();
        u.setAddresses(new ArrayList<>(List.of(new RAddress("x"))));
        assertThat(u.getAddresses()).isInstanceOf(InstrumentedList.class);
        assertThat(u.getAddresses().get(0).getUser()).isSameAs(u);
    }

    @Test
    void manyToManyBackrefsIncludingSelfReferential() {
        List<Node> nodes = List.of(new Node("node_0"), new Node("node_1"), new Node("node_2"));
        nodes.get(0).getFriends().addAll(List.of(nodes.get(1), nodes.get(2)));
        nodes.get(1).getFriends().add(nodes.get(2));
        assertThat(nodes.get(1).getLeft()).containsExactly(nodes.get(0));
        assertThat(nodes.get(2).getLeft()).containsExactly(nodes.get(0), nodes.get(1));
        assertThat(nodes.get(0).getLeft()).isEmpty();

        Student s = new Student("ann");
        Course c = new Course("math");
        s.getCourses().add(c);
        assertThat(s.getCourses()).isInstanceOf(InstrumentedSet.class);
        assertThat(c.getStudents()).containsExactly(s);
        c.getStudents().remove(s);
        assertThat(s.getCourses()).isEmpty();
    }

    @Test
    void wrongItemsAreRejected() {
        RUser u = new RUser();
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Object> raw = (List) u.getAddresses();
        assertThatThrownBy(() -> raw.add(new RUser())).isInstanceOf(ArgumentError.class).hasMessageContaining("RAddress");
        assertThatThrownBy(() -> raw.add(null)).isInstanceOf(ArgumentError.class);
    }

    @Test
    void reorderingAListKeepsEveryBackref() {
        RUser u = new RUser();
        RAddress a = new RAddress("a");
        RAddress b = new RAddress("b");
        RAddress c = new RAddress("c");
        u.getAddresses().addAll(List.of(a, b, c));
        u.getAddresses().sort(Comparator.comparing(RAddress::getEmail).reversed());
        assertThat(u.getAddresses()).containsExactly(c, b, a);
        Collections.swap(u.getAddresses(), 0, 2);
        Collections.reverse(u.getAddresses());
        Collections.shuffle(u.getAddresses());
        u.getAddresses().replaceAll(x -> x);
        assertThat(u.getAddresses()).containsExactlyInAnyOrder(a, b, c);
        assertThat(List.of(a, b, c)).allSatisfy(x -> assertThat(x.getUser()).isSameAs(u));
        @SuppressWarnings("unchecked")
        InstrumentedList<Object> list = (InstrumentedList<Object>) (List<?>) u.getAddresses();
        assertThat(list.history().removed()).isEmpty();
        assertThat(list.history().added()).containsExactlyInAnyOrder(a, b, c);

        // replaceAll with new items: the replaced ones lose their backref, the new ones gain it
        RAddress d = new RAddress("d");
        u.getAddresses().replaceAll(x -> x == a ? d : x);
        assertThat(a.getUser()).isNull();
        assertThat(d.getUser()).isSameAs(u);
        // set() of an item already in the list elsewhere: the old item is gone, the moved one stays linked
        int at = u.getAddresses().indexOf(b);
        u.getAddresses().set(at, c);
        assertThat(b.getUser()).isNull();
        assertThat(c.getUser()).isSameAs(u);
    }

    @Test
    void setCollectionsCompareByIdentityNotEquals() {
        RPost p = new RPost("p");
        RTag t1 = new RTag("a");
        RTag t2 = new RTag("b");
        assertThat(t1).isEqualTo(t2); // both ids are null
        p.getTags().add(t1);
        p.getTags().add(t2);
        assertThat(p.getTags()).hasSize(2).containsExactly(t1, t2);
        assertThat(t2.getPosts()).containsExactly(p);
        assertThat(p.getTags().add(t1)).isFalse();
        RTag equalStranger = new RTag("c");
        assertThat(p.getTags().contains(equalStranger)).isFalse();
        assertThat(p.getTags().remove(equalStranger)).isFalse();
        assertThat(p.getTags()).hasSize(2);
    }
}
