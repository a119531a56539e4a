package org.jalchemy.orm.enhanced;

import java.util.List;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;
import org.jalchemy.orm.mapping.Relationship;

/**
 * Entities enhanced at build time by EntityEnhancer (this module's test build enhances this package only). Their
 * mapped fields are private, so their loaded objects defer their snapshots; {@code EnhancedCopyTest}'s entity keeps
 * package-private fields and the snapshot taken at load.
 */
public final class EnhancedModels {
    public static final Registry REGISTRY = new Registry().mapAll(Author.class, Book.class);

    private EnhancedModels() {
    }

    @Entity("enh_author")
    public static class Author {
        @Id
        private Integer id;
        @MappedColumn(length = 50, nullable = false)
        private String name;
        @Relationship(backref = "author", orderBy = "id")
        List<Book> books;

        public Author() {
        }

        public Author(String name) {
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

        public List<Book> getBooks() {
            return books;
        }
    }

    @Entity("enh_book")
    public static class Book {
        @Id
        private Integer id;
        @MappedColumn(length = 50)
        private String title;
        @MappedColumn(foreignKey = "enh_author.id")
        private Integer authorId;
        Author author;

        public Book() {
        }

        public Book(String title) {
            this.title = title;
        }

        public Integer getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getAuthorId() {
            return authorId;
        }

        public Author getAuthor() {
            return author;
        }

        public void setAuthor(Author author) {
            this.author = author;
        }
    }
}
