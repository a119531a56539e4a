package org.jalchemy.orm.rel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;
import org.jalchemy.orm.mapping.Relationship;
import org.jalchemy.orm.mapping.RelationshipProperty;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.ForeignKey;
import org.jalchemy.schema.Table;
import org.jalchemy.types.SqlTypes;

/** Relationship test models: backref one-to-many, back_populates with delete-orphan, many-to-many. */
public final class RelModels {
    private RelModels() {
    }

    @Entity("rel_user")
    public static class RUser {
        public static Column<String> NAME;
        public static RelationshipProperty ADDRESSES;

        @Id
        Integer id;
        @MappedColumn(length = 50)
        String name;
        @Relationship(backref = "user", orderBy = "id")
        List<RAddress> addresses;

        public RUser() {
        }

        public RUser(String name) {
            this.name = name;
        }

        public Integer getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<RAddress> getAddresses() {
            return addresses;
        }

        public void setAddresses(List<RAddress> addresses) {
            this.addresses = addresses;
        }
    }

    @Entity("rel_address")
    public static class RAddress {
        public static Column<Integer> ID;
        public static Column<String> EMAIL;
        public static Column<Integer> USER_ID;

        @Id
        Integer id;
        @MappedColumn(length = 50)
        String email;
        @MappedColumn(foreignKey = "rel_user.id")
        Integer userId;
        RUser user;

        public RAddress() {
        }

        public RAddress(String email) {
            this.email = email;
        }

        public Integer getId() {
            return id;
        }

        public String getEmail() {
            return email;
        }

        public Integer getUserId() {
            return userId;
        }

        public void setUserId(Integer userId) {
            this.userId = userId;
        }

        public RUser getUser() {
            return user;
        }

        public void setUser(RUser user) {
            this.user = user;
        }
    }

    @Entity("rel_parent")
    public static class Parent {
        public static Column<String> NAME;
        public static RelationshipProperty CHILDREN;

        @Id
        Integer id;
        @MappedColumn(length = 20)
        String name;
        @Relationship(backPopulates = "parent", cascade = "all, delete-orphan")
        List<Child> children = new ArrayList<>();

        public Parent() {
        }

        public Parent(String name) {
            this.name = name;
        }

        public Integer getId() {
            return id;
        }

        public List<Child> getChildren() {
            return children;
        }

        /** The field itself, bypassing the instrumented getter. */
        public List<Child> plainChildrenField() {
            return children;
        }
    }

    @Entity("rel_child")
    public static class Child {
        public static Column<Integer> ID;

        @Id
        Integer id;
        @MappedColumn(length = 20)
        String name;
        @MappedColumn(foreignKey = "rel_parent.id")
        Integer parentId;
        @Relationship(backPopulates = "children")
        Parent parent;

        public Child() {
        }

        public Child(String name) {
            this.name = name;
        }

        public Integer getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public Integer getParentId() {
            return parentId;
        }

        public Parent getParent() {
            return parent;
        }

        public void setParent(Parent parent) {
            this.parent = parent;
        }
    }

    @Entity("rel_node")
    public static class Node {
        @Id
        Integer id;
        @MappedColumn(length = 20)
        String label;
        @Relationship(secondary = "rel_link", primaryjoin = "id == rel_link.left_id",
                secondaryjoin = "id == rel_link.right_id", backref = "left")
        List<Node> friends;
        List<Node> left;

        public Node() {
        }

        public Node(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }

        public List<Node> getFriends() {
            return friends;
        }

        public List<Node> getLeft() {
            return left;
        }
    }

    @Entity("rel_student")
    public static class Student {
        @Id
        Integer id;
        @MappedColumn(length = 20)
        String name;
        @Relationship(secondary = "rel_enrollment", backref = "students")
        Set<Course> courses = new LinkedHashSet<>();

        public Student() {
        }

        public Student(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public Set<Course> getCourses() {
            return courses;
        }

        public void setCourses(Set<Course> courses) {
            this.courses = courses;
        }
    }

    @Entity("rel_course")
    public static class Course {
        @Id
        Integer id;
        @MappedColumn(length = 20)
        String title;
        Set<Student> students;

        public Course() {
        }

        public Course(String title) {
            this.title = title;
        }

        public String getTitle() {
            return title;
        }

        public Set<Student> getStudents() {
            return students;
        }
    }

    /** A set-valued many-to-many whose target has id-based equals (two new tags are equal). */
    @Entity("rel_post")
    public static class RPost {
        @Id
        Integer id;
        @MappedColumn(length = 20)
        String title;
        @Relationship(secondary = "rel_post_tag", backref = "posts")
        Set<RTag> tags = new LinkedHashSet<>();

        public RPost() {
        }

        public RPost(String title) {
            this.title = title;
        }

        public Set<RTag> getTags() {
            return tags;
        }
    }

    @Entity("rel_tag")
    public static class RTag {
        @Id
        Integer id;
        @MappedColumn(length = 20)
        String name;
        Set<RPost> posts;

        public RTag() {
        }

        public RTag(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public Set<RPost> getPosts() {
            return posts;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RTag t && java.util.Objects.equals(id, t.id);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(id);
        }
    }

    public static final Registry REGISTRY = build();

    private static Registry build() {
        Registry r = new Registry();
        new Table("rel_link", r.metadata(),
                Column.of("left_id", SqlTypes.INTEGER).foreignKey(new ForeignKey("rel_node.id")).primaryKey(),
                Column.of("right_id", SqlTypes.INTEGER).foreignKey(new ForeignKey("rel_node.id")).primaryKey());
        new Table("rel_enrollment", r.metadata(),
                Column.of("student_id", SqlTypes.INTEGER).foreignKey(new ForeignKey("rel_student.id")).primaryKey(),
                Column.of("course_id", SqlTypes.INTEGER).foreignKey(new ForeignKey("rel_course.id")).primaryKey());
        new Table("rel_post_tag", r.metadata(),
                Column.of("post_id", SqlTypes.INTEGER).foreignKey(new ForeignKey("rel_post.id")).primaryKey(),
                Column.of("tag_id", SqlTypes.INTEGER).foreignKey(new ForeignKey("rel_tag.id")).primaryKey());
        r.mapAll(RUser.class, RAddress.class, Parent.class, Child.class, Node.class, Student.class, Course.class,
                RPost.class, RTag.class);
        r.configure();
        return r;
    }
}
