package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.i18n.ReportLines;
import cn.yangquan.atlas.i18n.TownshipLines;
import cn.yangquan.atlas.model.TownshipHeader;
import cn.yangquan.atlas.model.register.TownshipReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The township inspector: name, code, county and area, then each section of the report as {@link ReportLines} gives it
 * (circles, zones, industries, programmes, achievements, villages, other places) with products, places, enterprises,
 * the township's own targets and, under their own headings, targets of wider scopes; every line with its quote and
 * section, and our interpretation where it is one. A section the plan says nothing about says so.
 */
public final class InspectorView extends ScrollPane {
    private final VBox content = new VBox(4);
    private final Messages messages;
    private Function<String, Optional<String>> targetStatus = id -> Optional.empty();

    public InspectorView(Messages messages) {
        this.messages = messages;
        setId("inspector");
        setFitToWidth(true);
        content.setStyle("-fx-padding: 8;");
        setContent(content);
        clear();
    }

    /** What to show under a target line (by target id): the evaluation's actual against target, if any. */
    public void setTargetStatus(Function<String, Optional<String>> lines) {
        this.targetStatus = lines;
    }

    public void clear() {
        content.getChildren().setAll(wrap(messages.get("inspector.empty"), "inspector-hint"));
    }

    /**
     * Shows a report under its header: name; code and county; the area of the unit's own boundary (marked when
     * schematic); for an obsolete unit the unit it was merged into; for a unit without a boundary of its own, the
     * unit the map draws it in.
     */
    public void show(TownshipReport report, TownshipHeader header) {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        Label title = new Label(report.township().name());
        title.setId("inspector-title");
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        nodes.add(title);
        nodes.add(wrap(messages.get("inspector.code") + " " + report.township().code() + "    "
                + messages.get("inspector.county") + " " + report.township().county(), null));
        if (header.areaKm2() != null) {
            nodes.add(wrap(messages.get("inspector.area", String.format("%.1f", header.areaKm2()))
                    + (header.schematic() ? "  " + messages.get("inspector.areaSchematic") : ""), null));
        }
        TownshipLines.mergedInto(header, messages).ifPresent(line -> {
            Label merged = wrap(line, "inspector-merged");
            merged.setStyle("-fx-text-fill: #8B4513; -fx-font-weight: bold;");
            nodes.add(merged);
        });
        TownshipLines.boundaryNote(header, messages).ifPresent(line -> nodes.add(wrap(line, "inspector-boundary")));
        for (ReportLines.Line line : ReportLines.of(report, messages)) {
            nodes.add(node(line));
            if (line.targetId() != null) {
                targetStatus.apply(line.targetId()).ifPresent(status ->
                        nodes.add(wrap("    ".repeat(line.indent() + 1) + status, "inspector-evaluation")));
            }
        }
        content.getChildren().setAll(nodes);
        setVvalue(0);
    }

    /** Identified features of other layers under a click: layer title, then each attribute as "key: value". */
    public void showFeatures(List<java.util.Map.Entry<String, cn.yangquan.atlas.model.Feature>> hits) {
        content.getChildren().removeIf(node -> "inspector-features".equals(node.getUserData()));
        if (hits.isEmpty()) {
            return;
        }
        Label heading = new Label(messages.get("inspector.features") + " (" + hits.size() + ")");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 14px; -fx-padding: 8 0 0 0;");
        heading.setUserData("inspector-features");
        content.getChildren().add(heading);
        for (var hit : hits) {
            Label layer = wrap("• " + hit.getKey(), null);
            layer.setStyle("-fx-font-weight: bold;");
            layer.setUserData("inspector-features");
            content.getChildren().add(layer);
            hit.getValue().attributes().forEach((key, value) -> {
                Label line = wrap("    " + key + ": " + value, null);
                line.setUserData("inspector-features");
                content.getChildren().add(line);
            });
        }
    }

    /** All text currently shown, for tests and copy. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (var node : content.getChildren()) {
            if (node instanceof Label label) {
                text.append(label.getText()).append('\n');
            }
        }
        return text.toString();
    }

    /** One report line as a label, styled by what it is (section heading, entry, target, quote, reading …). */
    private static Label node(ReportLines.Line line) {
        Label label = wrap("    ".repeat(line.indent()) + line.text(), line.style() == ReportLines.Style.NONE ? "inspector-none" : null);
        label.setStyle(switch (line.style()) {
            case SECTION -> "-fx-font-weight: bold; -fx-font-size: 14px; -fx-padding: 8 0 0 0;";
            case ENTRY -> "-fx-font-weight: bold;";
            case SCOPE -> "-fx-font-weight: bold; -fx-text-fill: #2F4F4F;";
            case QUOTE -> "-fx-text-fill: #555555; -fx-font-style: italic;";
            case READING -> "-fx-text-fill: #A0522D;";
            case NOTE, MENTION -> "-fx-text-fill: #666666;";
            default -> "";
        });
        return label;
    }

    private static Label wrap(String text, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
