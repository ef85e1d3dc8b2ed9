package dev.cutroom.app.ui.view;

import dev.cutroom.app.ui.vm.MarkersModel;
import dev.cutroom.app.ui.vm.MarkersModel.Row;
import dev.cutroom.app.ui.vm.Timecode;
import dev.cutroom.timeline.model.FrameRate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import java.util.function.Supplier;

/**
 * The markers panel: timeline and clip markers in time order; double-click jumps to one, names and notes are edited
 * in place, the colour is chosen from a list, the context menu deletes. FX thread.
 */
public final class MarkersPanel extends VBox {
    private final TableView<Row> table = new TableView<>();

    public MarkersPanel(MarkersModel markers, Supplier<FrameRate> rate) {
        getStyleClass().add("markers");
        Label title = new Label("Markers");
        title.getStyleClass().add("panel-title");
        table.setId("markers-table");
        table.setEditable(true);
        table.setItems(markers.rows());
        table.setPlaceholder(new Label("No markers (M adds one at the playhead, Shift+M on the selected clip)"));

        TableColumn<Row, String> time = new TableColumn<>("Time");
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(Timecode.format(c.getValue().frame(), rate.get())));
        time.setEditable(false);
        time.setMinWidth(92); // a whole timecode
        TableColumn<Row, String> colour = new TableColumn<>("");
        colour.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().colour()));
        colour.setCellFactory(c -> colourCell(markers));
        colour.setPrefWidth(48);
        colour.setMaxWidth(56);
        TableColumn<Row, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(e -> markers.rename(e.getRowValue(), e.getNewValue()));
        TableColumn<Row, String> note = new TableColumn<>("Note");
        note.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note() == null ? "" : c.getValue().note()));
        note.setCellFactory(TextFieldTableCell.forTableColumn());
        note.setOnEditCommit(e -> markers.annotate(e.getRowValue(), e.getNewValue()));
        TableColumn<Row, String> where = new TableColumn<>("On");
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().onClip() ? c.getValue().clipName() : "timeline"));
        where.setEditable(false);
        table.getColumns().setAll(java.util.List.of(time, colour, name, note, where));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            // a filter: the name and note cells start editing on a click and would keep the row from seeing it
            row.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) markers.jumpTo(row.getItem());
            });
            MenuItem jump = new MenuItem("Go to");
            jump.setOnAction(e -> markers.jumpTo(row.getItem()));
            MenuItem delete = new MenuItem("Delete marker");
            delete.setOnAction(e -> markers.delete(row.getItem()));
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty()).then((ContextMenu) null).otherwise(new ContextMenu(jump, delete)));
            return row;
        });
        getChildren().addAll(title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public TableView<Row> table() { return table; }

    private static TableCell<Row, String> colourCell(MarkersModel markers) {
        return new TableCell<>() {
            private final ComboBox<String> pick = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(MarkersModel.COLOURS));

            {
                pick.setCellFactory(l -> swatchCell());
                pick.setButtonCell(swatchCell());
                pick.setOnAction(e -> {
                    Row row = getTableRow() == null ? null : getTableRow().getItem();
                    if (row != null && pick.getValue() != null && !pick.getValue().equals(row.colour())) markers.recolour(row, pick.getValue());
                });
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                if (empty) { setGraphic(null); return; }
                pick.setValue(value);
                setGraphic(pick);
            }
        };
    }

    private static javafx.scene.control.ListCell<String> swatchCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setGraphic(empty || value == null ? null : new Rectangle(12, 12, safe(value)));
            }
        };
    }

    private static Color safe(String css) {
        try {
            return Color.web(css);
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }
}
