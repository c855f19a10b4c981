package fr.conventio.domain.paperwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A generated document before any format: a title and blocks (headings, paragraphs, bullet lists, tables,
 * signature columns, page breaks). Every text is already written with French typography
 * ({@link FrenchTypography}); the renderers only lay it out.
 *
 * @param title    the document's title (also its PDF/DOCX metadata title)
 * @param fileStem the file name without extension ("convention-ECO-2020-SCS")
 * @param logo     the funder's logo the renderers put in the letterhead of the first page, {@code null} without one
 */
public record DocumentModel(String title, String fileStem, List<Block> blocks, FunderLogo logo) {

    public DocumentModel {
        Objects.requireNonNull(title);
        Objects.requireNonNull(fileStem);
        blocks = List.copyOf(blocks);
    }

    public DocumentModel(String title, String fileStem, List<Block> blocks) {
        this(title, fileStem, blocks, null);
    }

    /** This document with {@code funderLogo} in its letterhead (none when {@code null}). */
    public DocumentModel withLogo(FunderLogo funderLogo) {
        return new DocumentModel(title, fileStem, blocks, funderLogo);
    }

    /** The funder's logo, when the administrator uploaded one. */
    public java.util.Optional<FunderLogo> logoIfAny() {
        return java.util.Optional.ofNullable(logo);
    }

    /** A piece of the document. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Signatures, PageBreak {
    }

    /** A heading: level 1 the document's title, 2 an article or annex, 3 a sub-article. */
    public record Heading(int level, String text) implements Block {
        public Heading {
            text = FrenchTypography.text(text);
        }
    }

    /** A paragraph; {@code emphasis} makes it bold (the parties' names, the key sentence). */
    public record Paragraph(String text, boolean emphasis) implements Block {
        public Paragraph {
            text = FrenchTypography.text(text);
        }
    }

    /** A bulleted list; {@code level} 2 is nested under the item before it (the documents a step waits for). */
    public record Bullets(List<String> items, int level) implements Block {
        public Bullets {
            items = items.stream().map(FrenchTypography::text).toList();
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("liste à puces de niveau " + level);
            }
        }

        public Bullets(List<String> items) {
            this(items, 1);
        }
    }

    /**
     * A table with a header row and body rows; the last column is numeric (right-aligned) when {@code numericLast}.
     * {@code totalRow} is the last body row written in bold.
     */
    public record Table(List<String> header, List<List<String>> rows, boolean numericLast, boolean totalRow) implements Block {
        public Table {
            header = header.stream().map(FrenchTypography::text).toList();
            rows = rows.stream().map(row -> row.stream().map(FrenchTypography::text).toList()).toList();
        }
    }

    /** The signature columns at the end: each a list of lines (who signs, in which capacity, name). */
    public record Signatures(List<List<String>> columns) implements Block {
        public Signatures {
            columns = columns.stream().map(column -> column.stream().map(FrenchTypography::text).toList()).toList();
        }
    }

    /** A new page (before an annex). */
    public record PageBreak() implements Block {
    }

    /** Every text of the document in reading order (used by tests and by the in-memory renderer). */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        for (Block block : blocks) {
            switch (block) {
                case Heading h -> texts.add(h.text());
                case Paragraph p -> texts.add(p.text());
                case Bullets b -> texts.addAll(b.items());
                case Table t -> {
                    texts.add(String.join(" | ", t.header()));
                    t.rows().forEach(row -> texts.add(String.join(" | ", row)));
                }
                case Signatures s -> s.columns().forEach(texts::addAll);
                case PageBreak ignored -> {
                }
            }
        }
        return texts;
    }

    /** A builder, block after block. */
    public static Builder builder(String title, String fileStem) {
        return new Builder(title, fileStem);
    }

    public static final class Builder {
        private final String title;
        private final String fileStem;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title, String fileStem) {
            this.title = FrenchTypography.text(title);
            this.fileStem = fileStem;
        }

        public Builder title(String text) {
            blocks.add(new Heading(1, text));
            return this;
        }

        public Builder article(String text) {
            blocks.add(new Heading(2, text));
            return this;
        }

        public Builder subArticle(String text) {
            blocks.add(new Heading(3, text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text, false));
            return this;
        }

        public Builder strong(String text) {
            blocks.add(new Paragraph(text, true));
            return this;
        }

        public Builder bullets(List<String> items) {
            if (!items.isEmpty()) {
                blocks.add(new Bullets(items));
            }
            return this;
        }

        public Builder bullets(String... items) {
            return bullets(List.of(items));
        }

        /** A list nested under the last item of the list before it. */
        public Builder subBullets(String... items) {
            blocks.add(new Bullets(List.of(items), 2));
            return this;
        }

        public Builder table(List<String> header, List<List<String>> rows, boolean totalRow) {
            blocks.add(new Table(header, rows, true, totalRow));
            return this;
        }

        public Builder signatures(List<List<String>> columns) {
            blocks.add(new Signatures(columns));
            return this;
        }

        public Builder pageBreak() {
            blocks.add(new PageBreak());
            return this;
        }

        public DocumentModel build() {
            return new DocumentModel(title, fileStem, blocks);
        }
    }
}
