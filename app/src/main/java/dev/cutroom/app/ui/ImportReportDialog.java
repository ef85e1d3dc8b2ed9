package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.OtioTransfer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.util.List;

/**
 * Shows what an OTIO import could not map exactly (item by item, with the JSON path), the media that could not be
 * probed, and the media left offline. When media outside the project folder was not followed, it offers to link it.
 */
final class ImportReportDialog {
    /** The answer that re-imports with the media outside the project folder linked. */
    static final ButtonType LINK_OUTSIDE = new ButtonType("Link media outside the folder", ButtonBar.ButtonData.OTHER);

    private ImportReportDialog() {}

    static Alert build(Window owner, OtioTransfer.Imported imported, List<String> stylesheets) {
        boolean clean = imported.report().isEmpty() && imported.probeNotes().isEmpty() && imported.offlineMedia() == 0;
        Alert a = new Alert(clean ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        a.initOwner(owner);
        a.setTitle(dev.cutroom.app.ui.vm.TimelineFormat.of(imported.otioFile()).title + " import");
        a.setHeaderText("Imported " + imported.summary());
        TextArea text = new TextArea(imported.details());
        text.setId("otio-import-report");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(20, 3 + imported.report().entries().size()));
        text.setPrefColumnCount(90);
        a.getDialogPane().setContent(text);
        a.getDialogPane().getStylesheets().addAll(stylesheets);
        if (imported.needsConfirmation()) a.getButtonTypes().setAll(LINK_OUTSIDE, ButtonType.OK);
        else a.getButtonTypes().setAll(ButtonType.OK);
        return a;
    }
}
