package fr.conventio.adapters.documents;

import fr.conventio.domain.paperwork.DocumentModel;
import fr.conventio.domain.paperwork.DocumentModel.Block;
import fr.conventio.domain.paperwork.DocumentModel.Bullets;
import fr.conventio.domain.paperwork.DocumentModel.Heading;
import fr.conventio.domain.paperwork.DocumentModel.PageBreak;
import fr.conventio.domain.paperwork.DocumentModel.Paragraph;
import fr.conventio.domain.paperwork.DocumentModel.Signatures;
import fr.conventio.domain.paperwork.DocumentModel.Table;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Lays a {@link DocumentModel} out as an editable DOCX with Apache POI: headings carry an outline level (the
 * navigation pane and a table of contents find them), tables are real Word tables, every run is in French
 * (fr-FR) so the spelling checker and typography of the editor apply. The no-break spaces of the domain are kept. The
 * funder's logo, when the model carries one, heads the document as an inline picture with its alternative text.
 */
final class DocxRenderer {

    private static final String FONT = "Arial";

    byte[] render(DocumentModel model) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(model.title());
            document.getProperties().getCoreProperties().setCreator("Conventio");
            logo(document, model);
            for (Block block : model.blocks()) {
                switch (block) {
                    case Heading h -> heading(document, h);
                    case Paragraph p -> paragraph(document, p.text(), p.emphasis(), 10, 0);
                    case Bullets b -> b.items().forEach(item -> paragraph(document, (b.level() == 1 ? "•" : "–") + "\t" + item, false, 10,
                            360 * b.level()));
                    case Table t -> table(document, t);
                    case Signatures s -> signatures(document, s);
                    case PageBreak ignored -> document.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX : mise en page impossible de « " + model.title() + " »", e);
        }
    }

    /** The logo in the first paragraph, as high as in the PDF at most, its ratio kept; nothing if Word could not read it. */
    private static void logo(XWPFDocument document, DocumentModel model) {
        model.logoIfAny().ifPresent(logo -> {
            double scale = Math.min(PdfRenderer.LOGO_HEIGHT / logo.height(), PdfRenderer.LOGO_WIDTH / logo.width());
            boolean png = fr.conventio.domain.paperwork.FunderLogo.PNG.equals(logo.mediaType());
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingAfter(200);
            XWPFRun run = paragraph.createRun();
            try {
                var picture = run.addPicture(new ByteArrayInputStream(logo.content()), png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG,
                        png ? "logo.png" : "logo.jpg", Units.toEMU(logo.width() * scale), Units.toEMU(logo.height() * scale));
                picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(PdfRenderer.LOGO_ALT);
                run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(PdfRenderer.LOGO_ALT);
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                document.removeBodyElement(document.getPosOfParagraph(paragraph));
            }
        });
    }

    private static void heading(XWPFDocument document, Heading heading) {
        XWPFParagraph paragraph = document.createParagraph();
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTDecimalNumber level = properties.addNewOutlineLvl();
        level.setVal(BigInteger.valueOf(heading.level() - 1));
        paragraph.setSpacingBefore(heading.level() == 1 ? 120 : 240);
        paragraph.setSpacingAfter(120);
        paragraph.setKeepNext(true);
        if (heading.level() == 1) {
            paragraph.setAlignment(ParagraphAlignment.CENTER);
        }
        run(paragraph, heading.text(), true, heading.level() == 1 ? 14 : heading.level() == 2 ? 12 : 11);
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, int size, int indent) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(100);
        if (indent > 0) {
            paragraph.setIndentationLeft(indent);
            paragraph.setIndentationHanging(240);
        }
        run(paragraph, text, bold, size);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
        run.setLang("fr-FR");
    }

    private static void table(XWPFDocument document, Table table) {
        XWPFTable word = document.createTable(table.rows().size() + 1, table.header().size());
        word.setWidth("100%");
        word.setTableAlignment(TableRowAlign.CENTER);
        fill(word.getRow(0), table.header(), true, false);
        word.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < table.rows().size(); i++) {
            boolean total = table.totalRow() && i == table.rows().size() - 1;
            fill(word.getRow(i + 1), table.rows().get(i), total, table.numericLast());
        }
        document.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold, boolean numericLast) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            if (numericLast && i == cells.size() - 1) {
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
            }
            run(paragraph, cells.get(i), bold, 9);
        }
    }

    private static void signatures(XWPFDocument document, Signatures signatures) {
        XWPFTable table = document.createTable(1, signatures.columns().size());
        table.removeBorders();
        table.setWidth("100%");
        for (int c = 0; c < signatures.columns().size(); c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            List<String> lines = signatures.columns().get(c);
            for (int i = 0; i < lines.size(); i++) {
                XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                boolean last = i == lines.size() - 1;
                if (last) {
                    paragraph.setSpacingBefore(960);
                }
                run(paragraph, lines.get(i), last, 10);
            }
        }
    }
}
