package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.register.TownshipReport;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The township inspector: name, code, county and area, then each kind of plan statement (circles, zones, industries,
 * programmes, villages, other places) with products, targets, the quote and its citation, and our interpretation
 * where it is one. A section the plan says nothing about says so.
 */
public final class InspectorView extends ScrollPane {
    private final VBox content = new VBox(4);
    private final Messages messages;
    private java.util.function.Function<String, java.util.Optional<String>> targetStatus = id -> java.util.Optional.empty();

    public InspectorView(Messages messages) {
        this.messages = messages;
        setId("inspector");
        setFitToWidth(true);
        content.setStyle("-fx-padding: 8;");
        setContent(content);
        clear();
    }

    /** What to show under a target line (by target id): the evaluation's actual against target, if any. */
    public void setTargetStatus(java.util.function.Function<String, java.util.Optional<String>> lines) {
        this.targetStatus = lines;
    }

    public void clear() {
        content.getChildren().setAll(wrap(messages.get("inspector.empty"), "inspector-hint"));
    }

    /**
     * Shows a report.
     * @param areaKm2 area of the township's boundary, or null when it has none
     * @param schematic whether that boundary is schematic
     */
    public void show(TownshipReport report, Double areaKm2, boolean schematic) {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        Label title = new Label(report.township().name());
        title.setId("inspector-title");
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        nodes.add(title);
        nodes.add(wrap(messages.get("inspector.code") + " " + report.township().code() + "    "
                + messages.get("inspector.county") + " " + report.township().county(), null));
        if (areaKm2 != null) {
            nodes.add(wrap(messages.get("inspector.area", String.format("%.1f", areaKm2))
                    + (schematic ? "  " + messages.get("inspector.areaSchematic") : ""), null));
        }
        section(nodes, "inspector.circles", report.circles());
        section(nodes, "inspector.zones", report.zones());
        section(nodes, "inspector.industries", report.industries());
        section(nodes, "inspector.programmes", report.programmes());
        section(nodes, "inspector.villages", report.villages());
        section(nodes, "inspector.sites", report.sites());
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

    private void section(List<javafx.scene.Node> nodes, String key, List<TownshipReport.Entry> entries) {
        Label heading = new Label(messages.get(key) + " (" + entries.size() + ")");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 14px; -fx-padding: 8 0 0 0;");
        nodes.add(heading);
        if (entries.isEmpty()) {
            nodes.add(wrap(messages.get("inspector.none"), "inspector-none"));
            return;
        }
        for (TownshipReport.Entry entry : entries) {
            StringBuilder line = new StringBuilder("• ").append(entry.name());
            if (!entry.products().isEmpty()) {
                line.append(" — ").append(messages.get("inspector.products")).append(String.join("、", entry.products()));
            }
            Label name = wrap(line.toString(), null);
            name.setStyle("-fx-font-weight: bold;");
            nodes.add(name);
            for (TownshipReport.TargetLine target : entry.targets()) {
                nodes.add(wrap("    " + target.indicator() + "：" + (target.baseline() == null ? "" : target.baseline() + " → ")
                        + target.target() + (target.unit() == null ? "" : " " + target.unit())
                        + (target.year() == null ? "" : "（" + target.year() + "）"), null));
                targetStatus.apply(target.id()).ifPresent(status -> nodes.add(wrap("      " + status, "inspector-evaluation")));
            }
            Label quote = wrap("    “" + entry.quote() + "” — " + entry.source(), null);
            quote.setStyle("-fx-text-fill: #555555; -fx-font-style: italic;");
            nodes.add(quote);
            if (entry.interpretation() != null) {
                Label reading = wrap("    " + messages.get("inspector.interpretation") + entry.interpretation(), null);
                reading.setStyle("-fx-text-fill: #A0522D;");
                nodes.add(reading);
            }
            if (entry.note() != null) {
                Label note = wrap("    " + messages.get("inspector.note") + entry.note(), null);
                note.setStyle("-fx-text-fill: #666666;");
                nodes.add(note);
            }
        }
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
