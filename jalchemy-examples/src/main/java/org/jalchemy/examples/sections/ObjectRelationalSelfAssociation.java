package org.jalchemy.examples.sections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.examples.Py;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.Relationship;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.ForeignKey;
import org.jalchemy.schema.Table;
import org.jalchemy.types.SqlTypes;

/**
 * Seed: "Object Relational self association". A self-referential many-to-many through the
 * {@code Association} table, with explicit primaryjoin/secondaryjoin (two foreign keys to {@code node.id})
 * and {@code backref='left'}, which {@code Node} declares as a field. As in the seed, nothing touches a
 * database: the backref keeps {@code left} in sync in memory, and ids stay {@code null}.
 *
 * <p>Output choices: the seed's JSON lost lines to the PDF extraction (the opening braces of the second and
 * third objects, an indent); the section prints what {@code json.dumps(..., indent=2)} prints. Keys come in
 * the seed's order ({@code friends} before {@code id}, Python 2's dict order). The seed's output stops after
 * "right"; the "left" part is SQLAlchemy 2.0's natural completion: {@code nodes[1].left} is {@code [node_0]}.
 */
public final class ObjectRelationalSelfAssociation implements Section {
    @Entity("node")
    public static class Node {
        @Id
        Integer id;
        String label;
        @Relationship(secondary = "Association", primaryjoin = "id == Association.left",
                secondaryjoin = "id == Association.right", backref = "left")
        List<Node> friends;
        List<Node> left;

        public Node() {
        }

        Node(String label) {
            this.label = label;
        }

        public List<Node> getFriends() {
            return friends;
        }

        public List<Node> getLeft() {
            return left;
        }

        Map<String, Object> toJson() {
            Map<String, Object> out = new LinkedHashMap<>();
            List<String> labels = new ArrayList<>();
            for (Node n : getFriends()) {
                labels.add(n.label);
            }
            out.put("friends", labels);
            out.put("id", id);
            return out;
        }
    }

    @Override
    public String title() {
        return "Object Relational self association";
    }

    @Override
    public void run(TourContext context) {
        Registry base = new Registry();
        new Table("Association", base.metadata(),
                Column.of("left", SqlTypes.INTEGER).foreignKey(new ForeignKey("node.id")).primaryKey(),
                Column.of("right", SqlTypes.INTEGER).foreignKey(new ForeignKey("node.id")).primaryKey());
        base.map(Node.class);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            nodes.add(new Node("node_" + i));
        }
        nodes.get(0).getFriends().addAll(List.of(nodes.get(1), nodes.get(2)));
        nodes.get(1).getFriends().add(nodes.get(2));
        context.out().println("----> right");
        context.out().println(Py.jsonDumps(nodes.stream().map(Node::toJson).toList(), 2));
        context.out().println("---> left");
        context.out().println(Py.jsonDumps(nodes.get(1).getLeft().stream().map(Node::toJson).toList(), 2));
    }
}
