package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.TownshipSearch;
import cn.yangquan.atlas.model.register.Township;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** A search box for townships by Chinese name, part of it, pinyin or initials; Enter takes the best hit. */
public final class SearchField extends TextField {
    private final ContextMenu suggestions = new ContextMenu();
    private TownshipSearch search;
    private Consumer<Township> onChosen = t -> { };
    private Function<Township, String> describe = Township::name;

    public SearchField(Messages messages) {
        setId("search");
        setPromptText(messages.get("search.prompt"));
        setPrefColumnCount(16);
        suggestions.setId("search-suggestions");
        textProperty().addListener((obs, old, now) -> suggest(now));
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                hits(getText()).stream().findFirst().ifPresent(this::choose);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                suggestions.hide();
            }
        });
    }

    public void setSearch(TownshipSearch newSearch, Function<Township, String> describer) {
        this.search = newSearch;
        this.describe = describer;
    }

    public void setOnChosen(Consumer<Township> handler) {
        this.onChosen = handler;
    }

    public List<Township> hits(String query) {
        if (search == null) {
            return List.of();
        }
        return search.find(query, 10).stream().map(TownshipSearch.Hit::township).toList();
    }

    private void suggest(String query) {
        List<Township> hits = hits(query);
        if (hits.isEmpty() || !isFocused()) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().setAll(hits.stream().map(t -> {
            MenuItem item = new MenuItem(describe.apply(t));
            item.setOnAction(e -> choose(t));
            return item;
        }).toList());
        if (!suggestions.isShowing() && getScene() != null && getScene().getWindow() != null) {
            suggestions.show(this, Side.BOTTOM, 0, 0);
        }
    }

    private void choose(Township township) {
        suggestions.hide();
        onChosen.accept(township);
    }
}
