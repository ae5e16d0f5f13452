package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.model.evaluation.Actual;
import cn.yangquan.atlas.model.evaluation.EvaluationResult;
import cn.yangquan.atlas.model.evaluation.Figure;
import cn.yangquan.atlas.model.evaluation.Figures;
import cn.yangquan.atlas.model.register.PlanRegister;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's actual values for the plan evaluation, by figure id, and the evaluation they give. The values come
 * from the project file, an import or an edit; they are saved with the project, never in the register. FX thread only.
 */
public final class ActualsModel {
    private final Map<String, Actual> values = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<EvaluationResult> result = new ReadOnlyObjectWrapper<>(new EvaluationResult(List.of()));
    private PlanRegister register;
    private List<Figure> figures = List.of();

    public ActualsModel(Map<String, Actual> saved) {
        values.putAll(saved);
    }

    /** The register whose figures are evaluated; the same register again changes nothing. */
    public void setRegister(PlanRegister newRegister) {
        if (newRegister == register) {
            return;
        }
        register = newRegister;
        figures = Figures.of(newRegister);
        recompute();
    }

    public List<Figure> figures() {
        return figures;
    }

    public Optional<Actual> get(String figureId) {
        return Optional.ofNullable(values.get(figureId));
    }

    /** Sets one figure's entry; an empty entry removes it. */
    public void put(String figureId, Actual actual) {
        if (actual == null || actual.empty()) {
            values.remove(figureId);
        } else {
            values.put(figureId, actual);
        }
        recompute();
    }

    /** Takes imported entries, replacing those of the same figures. */
    public void putAll(Map<String, Actual> imported) {
        values.putAll(imported);
        recompute();
    }

    /** A copy of the entries, in the order they were made. */
    public Map<String, Actual> values() {
        return new LinkedHashMap<>(values);
    }

    public boolean hasValues() {
        return !values.isEmpty();
    }

    public EvaluationResult result() {
        return result.get();
    }

    public ReadOnlyObjectProperty<EvaluationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    private void recompute() {
        result.set(EvaluationResult.of(figures, values));
    }
}
