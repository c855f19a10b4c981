package fr.conventio.adapters.documents;

import fr.conventio.domain.paperwork.DocumentModel;
import fr.conventio.domain.paperwork.DocumentModel.Block;
import fr.conventio.domain.paperwork.DocumentModel.Bullets;
import fr.conventio.domain.paperwork.DocumentModel.Heading;
import fr.conventio.domain.paperwork.DocumentModel.PageBreak;
import fr.conventio.domain.paperwork.DocumentModel.Paragraph;
import fr.conventio.domain.paperwork.DocumentModel.Signatures;
import fr.conventio.domain.paperwork.DocumentModel.Table;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a {@link DocumentModel} out as an A4 PDF with PDFBox: DejaVu Sans embedded (subset) from the module's
 * resources, a logical structure (H1–H3, P, L/LI/LBody, Table/TR/TH/TD) every text belongs to, page numbers as
 * artifacts, language fr-FR, title shown by the viewer, XMP metadata declaring PDF/UA-1. The funder's logo, when the model
 * carries one, heads the first page (a Figure with its alternative text), at most {@value #LOGO_HEIGHT} points high. Lines break at ordinary
 * spaces only, so the domain's no-break spaces keep "80 000,00 €" and "Objet :" together.
 */
final class PdfRenderer {

    private static final float MARGIN = 56f;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final float BODY = 10f;
    private static final float LEADING = 1.35f;
    /** The logo's largest height and width in the letterhead, in points (17 mm × 60 mm). */
    static final float LOGO_HEIGHT = 48f;
    static final float LOGO_WIDTH = 170f;
    /** The alternative text of the logo (PDF/UA: every figure has one). */
    static final String LOGO_ALT = "Logo du financeur";

    byte[] render(DocumentModel model) {
        try (PDDocument document = new PDDocument()) {
            return new Layout(document, model).run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF : mise en page impossible de « " + model.title() + " »", e);
        }
    }

    private static final class Layout {
        private final PDDocument document;
        private final DocumentModel model;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final PDStructureElement root;
        private final List<PDPage> pages = new ArrayList<>();
        /** Per page, the structure element of each marked content id (the parent tree). */
        private final Map<PDPage, List<PDStructureElement>> parents = new HashMap<>();
        private PDPage page;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document, DocumentModel model) throws IOException {
            this.document = document;
            this.model = model;
            this.regular = font("DejaVuSans.ttf");
            this.bold = font("DejaVuSans-Bold.ttf");
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(tree);
            root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
        }

        private PDType0Font font(String name) throws IOException {
            try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null) {
                    throw new IOException("police absente des ressources : " + name);
                }
                return PDType0Font.load(document, in);
            }
        }

        byte[] run() throws IOException {
            newPage();
            logo();
            for (Block block : model.blocks()) {
                switch (block) {
                    case Heading h -> heading(h);
                    case Paragraph p -> paragraph(root, "P", p.text(), p.emphasis() ? bold : regular, BODY, 0, 4);
                    case Bullets b -> bullets(b);
                    case Table t -> table(t);
                    case Signatures s -> signatures(s);
                    case PageBreak ignored -> newPage();
                }
            }
            stream.close();
            numberPages();
            finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }

        /** The funder's logo at the top left of the first page, scaled to fit, its ratio kept; nothing if it cannot be read. */
        private void logo() throws IOException {
            if (model.logoIfAny().isEmpty()) {
                return;
            }
            var logo = model.logoIfAny().get();
            PDImageXObject image;
            try {
                image = PDImageXObject.createFromByteArray(document, logo.content(), "logo");
            } catch (IOException | IllegalArgumentException e) {
                return;
            }
            float scale = Math.min(LOGO_HEIGHT / image.getHeight(), LOGO_WIDTH / image.getWidth());
            float width = image.getWidth() * scale;
            float height = image.getHeight() * scale;
            PDStructureElement figure = element("Figure", root);
            figure.setAlternateDescription(LOGO_ALT);
            float top = y;
            mark(figure, () -> stream.drawImage(image, MARGIN, top - height, width, height));
            y = top - height - 14;
        }

        private void heading(Heading heading) throws IOException {
            float size = switch (heading.level()) {
                case 1 -> 14f;
                case 2 -> 11.5f;
                default -> 10.5f;
            };
            float before = heading.level() == 1 ? 6 : heading.level() == 2 ? 10 : 6;
            if (y - before - size * 4 < MARGIN) {
                newPage();
            } else {
                y -= before;
            }
            paragraph(root, "H" + heading.level(), heading.text(), bold, size, 0, 4);
        }

        private void bullets(Bullets bullets) throws IOException {
            PDStructureElement list = element("L", root);
            for (String item : bullets.items()) {
                PDStructureElement li = element("LI", list);
                PDStructureElement label = element("Lbl", li);
                PDStructureElement body = element("LBody", li);
                ensure(BODY * LEADING);
                float top = y;
                float indent = bullets.level() == 1 ? 0 : 20;
                mark(label, () -> text(bullets.level() == 1 ? "•" : "–", regular, BODY, MARGIN + 8 + indent, top - BODY));
                paragraph(body, null, item, regular, BODY, 20 + indent, 2);
            }
            y -= 2;
        }

        private void table(Table table) throws IOException {
            int columns = table.header().size();
            float[] widths = widths(columns, table);
            PDStructureElement element = element("Table", root);
            row(element, table.header(), widths, true, false, table.numericLast());
            for (int i = 0; i < table.rows().size(); i++) {
                boolean total = table.totalRow() && i == table.rows().size() - 1;
                row(element, table.rows().get(i), widths, false, total, table.numericLast());
            }
            y -= 6;
        }

        private float[] widths(int columns, Table table) {
            float[] widths = new float[columns];
            if (columns == 1) {
                widths[0] = TEXT_WIDTH;
            } else if (columns == 2) {
                widths[0] = TEXT_WIDTH * 0.68f;
                widths[1] = TEXT_WIDTH * 0.32f;
            } else {
                float last = TEXT_WIDTH * 0.22f;
                float first = TEXT_WIDTH * 0.26f;
                widths[0] = first;
                for (int i = 1; i < columns - 1; i++) {
                    widths[i] = (TEXT_WIDTH - first - last) / (columns - 2);
                }
                widths[columns - 1] = last;
            }
            return widths;
        }

        private void row(PDStructureElement table, List<String> cells, float[] widths, boolean header, boolean total, boolean numericLast)
                throws IOException {
            PDType0Font font = header || total ? bold : regular;
            float size = 9f;
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                List<String> cell = wrap(cells.get(i), font, size, widths[i] - 8);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            float height = lines * size * LEADING + 6;
            ensure(height);
            PDStructureElement tr = element("TR", table);
            float x = MARGIN;
            float top = y;
            artifact(() -> {
                stream.setLineWidth(0.5f);
                stream.addRect(MARGIN, top - height, TEXT_WIDTH, height);
                stream.stroke();
            });
            for (int i = 0; i < cells.size(); i++) {
                PDStructureElement cell = element(header ? "TH" : "TD", tr);
                List<String> cellLines = wrapped.get(i);
                boolean right = numericLast && i == cells.size() - 1;
                float cellX = x;
                float width = widths[i];
                if (cellLines.stream().allMatch(String::isEmpty)) {
                    x += width;
                    continue;
                }
                mark(cell, () -> {
                    float lineY = top - 3 - size;
                    for (String line : cellLines) {
                        float lineX = right ? cellX + width - 4 - font.getStringWidth(line) / 1000 * size : cellX + 4;
                        text(line, font, size, lineX, lineY);
                        lineY -= size * LEADING;
                    }
                });
                x += width;
            }
            y = top - height;
        }

        /** The signature columns side by side, the signers' names (each column's last line) on one common line. */
        private void signatures(Signatures signatures) throws IOException {
            int count = signatures.columns().size();
            float columnWidth = TEXT_WIDTH / count;
            List<List<String>> heads = new ArrayList<>();
            List<List<String>> names = new ArrayList<>();
            int headLines = 0;
            int nameLines = 0;
            for (List<String> column : signatures.columns()) {
                List<String> head = new ArrayList<>();
                for (String line : column.subList(0, Math.max(0, column.size() - 1))) {
                    head.addAll(wrap(line, regular, BODY, columnWidth - 10));
                }
                List<String> name = column.isEmpty() ? List.of() : wrap(column.getLast(), bold, BODY, columnWidth - 10);
                heads.add(head);
                names.add(name);
                headLines = Math.max(headLines, head.size());
                nameLines = Math.max(nameLines, name.size());
            }
            float height = (headLines + nameLines + 4) * BODY * LEADING;
            ensure(height);
            y -= BODY;
            float top = y;
            float nameY = top - BODY - (headLines + 3) * BODY * LEADING;
            for (int c = 0; c < count; c++) {
                PDStructureElement p = element("P", root);
                List<String> head = heads.get(c);
                List<String> name = names.get(c);
                float x = MARGIN + c * columnWidth;
                mark(p, () -> {
                    float lineY = top - BODY;
                    for (String line : head) {
                        text(line, regular, BODY, x, lineY);
                        lineY -= BODY * LEADING;
                    }
                    lineY = nameY;
                    for (String line : name) {
                        text(line, bold, BODY, x, lineY);
                        lineY -= BODY * LEADING;
                    }
                });
            }
            y = top - height;
        }

        /** A paragraph of wrapped lines marked as one structure element (or the parent itself when {@code type} is null). */
        private void paragraph(PDStructureElement parent, String type, String text, PDType0Font font, float size, float indent, float after)
                throws IOException {
            PDStructureElement element = type == null ? parent : element(type, parent);
            List<String> lines = wrap(text, font, size, TEXT_WIDTH - indent);
            int i = 0;
            while (i < lines.size()) {
                ensure(size * LEADING);
                int from = i;
                int room = Math.max(1, (int) ((y - MARGIN) / (size * LEADING)));
                int to = Math.min(lines.size(), from + room);
                float top = y;
                mark(element, () -> {
                    float lineY = top - size;
                    for (int k = from; k < to; k++) {
                        text(lines.get(k), font, size, MARGIN + indent, lineY);
                        lineY -= size * LEADING;
                    }
                });
                y = top - (to - from) * size * LEADING;
                i = to;
                if (i < lines.size()) {
                    newPage();
                }
            }
            y -= after;
        }

        private interface Drawing {
            void draw() throws IOException;
        }

        /** Draws inside a marked-content sequence belonging to {@code element} on the current page. */
        private void mark(PDStructureElement element, Drawing drawing) throws IOException {
            List<PDStructureElement> pageParents = parents.get(page);
            int mcid = pageParents.size();
            pageParents.add(element);
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
            drawing.draw();
            stream.endMarkedContent();
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setMCID(mcid);
            reference.setPage(page);
            element.appendKid(reference);
            if (element.getPage() == null) {
                element.setPage(page);
            }
        }

        private void artifact(Drawing drawing) throws IOException {
            stream.beginMarkedContent(COSName.ARTIFACT);
            drawing.draw();
            stream.endMarkedContent();
        }

        private void text(String text, PDType0Font font, float size, float x, float y) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private PDStructureElement element(String type, PDStructureNode parent) {
            PDStructureElement element = new PDStructureElement(type, parent);
            parent.appendKid(element);
            return element;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pages.add(page);
            parents.put(page, new ArrayList<>());
            page.setStructParents(pages.size() - 1);
            stream = new PDPageContentStream(document, page);
            y = HEIGHT - MARGIN;
        }

        private void numberPages() throws IOException {
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String label = (i + 1) + " / " + pages.size();
                    float width = regular.getStringWidth(label) / 1000 * 8;
                    footer.beginMarkedContent(COSName.ARTIFACT);
                    footer.beginText();
                    footer.setFont(regular, 8);
                    footer.newLineAtOffset((WIDTH - width) / 2, MARGIN / 2);
                    footer.showText(label);
                    footer.endText();
                    footer.endMarkedContent();
                }
            }
        }

        private void finish() throws IOException {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDStructureTreeRoot tree = catalog.getStructureTreeRoot();
            COSArray nums = new COSArray();
            for (int i = 0; i < pages.size(); i++) {
                COSArray elements = new COSArray();
                parents.get(pages.get(i)).forEach(e -> elements.add(e.getCOSObject()));
                nums.add(org.apache.pdfbox.cos.COSInteger.get(i));
                nums.add(elements);
            }
            COSDictionary parentTree = new COSDictionary();
            parentTree.setItem(COSName.NUMS, nums);
            tree.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
            tree.setParentTreeNextKey(pages.size());

            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            catalog.setLanguage("fr-FR");
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);

            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(model.title());
            info.setCreator("Conventio");
            info.setProducer("Conventio (Apache PDFBox)");
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(model.title()).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
        }

        private static String xmp(String title) {
            String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return """
                    <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                    <x:xmpmeta xmlns:x="adobe:ns:meta/">
                     <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                      <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                          xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                       <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                       <dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>
                       <pdf:Producer>Conventio (Apache PDFBox)</pdf:Producer>
                       <pdfuaid:part>1</pdfuaid:part>
                      </rdf:Description>
                     </rdf:RDF>
                    </x:xmpmeta>
                    <?xpacket end="w"?>""".formatted(escaped);
        }

        /** Lines of at most {@code width} points, broken at ordinary spaces and line breaks only. */
        List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\\R", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                        lines.add(line.toString());
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(candidate);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
