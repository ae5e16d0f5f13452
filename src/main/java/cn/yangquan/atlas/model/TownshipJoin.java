package cn.yangquan.atlas.model;

import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.Township;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Joins the register's townships to boundary features: by statistical code first (9 digits, or 6 for a whole
 * district; longer official codes are cut to 9), else by name without its 镇/乡/街道 suffix.
 * Obsolete register units join through the unit that absorbed them.
 */
public final class TownshipJoin {
    private static final List<String> CODE_KEYS = List.of("code", "CODE", "xzqdm", "XZQDM", "adcode", "ADCODE", "gb", "GB");
    private static final List<String> NAME_KEYS = List.of("name", "NAME", "xzqmc", "XZQMC", "Name");

    private final Map<String, Feature> featureByCode = new LinkedHashMap<>();
    private final Map<Feature, String> codeByFeature = new LinkedHashMap<>();
    private final List<Township> unmatchedTownships = new ArrayList<>();
    private final List<Feature> unmatchedFeatures = new ArrayList<>();
    private final PlanRegister register;

    public TownshipJoin(PlanRegister register, FeatureCollection boundaries) {
        this.register = register;
        Map<String, Feature> byCode = new LinkedHashMap<>();
        Map<String, Feature> byFullName = new LinkedHashMap<>();
        Map<String, Feature> byBareName = new LinkedHashMap<>();
        for (Feature feature : boundaries.features()) {
            codeOf(feature).ifPresent(code -> byCode.putIfAbsent(code, feature));
            nameOf(feature).ifPresent(name -> {
                byFullName.putIfAbsent(name.trim(), feature);
                byBareName.putIfAbsent(PlanRegister.stripSuffix(name), feature);
            });
        }
        List<Township> current = register.townships().stream().filter(t -> !t.obsolete()).toList();
        // Codes first for every township, so that a name match (义井街道 ~ 义井镇) never takes a feature
        // that another township claims by its code; then full names, then names without suffix.
        List<Township> pending = claim(current, t -> byCode.get(t.code()));
        pending = claim(pending, t -> byFullName.get(t.name()));
        pending = claim(pending, t -> byBareName.get(PlanRegister.stripSuffix(t.name())));
        unmatchedTownships.addAll(pending);
        for (Feature feature : boundaries.features()) {
            if (!codeByFeature.containsKey(feature)) {
                unmatchedFeatures.add(feature);
            }
        }
    }

    private List<Township> claim(List<Township> townships, java.util.function.Function<Township, Feature> lookup) {
        List<Township> pending = new ArrayList<>();
        for (Township township : townships) {
            Feature feature = lookup.apply(township);
            if (feature != null && !codeByFeature.containsKey(feature)) {
                featureByCode.put(township.code(), feature);
                codeByFeature.put(feature, township.code());
            } else {
                pending.add(township);
            }
        }
        return pending;
    }

    static Optional<String> codeOf(Feature feature) {
        for (String key : CODE_KEYS) {
            String digits = feature.text(key).replaceAll("\\D", "");
            if (digits.length() == 6 || digits.length() == 9) {
                return Optional.of(digits);
            }
            if (digits.length() > 9) {
                return Optional.of(digits.substring(0, 9));
            }
        }
        return Optional.empty();
    }

    public static Optional<String> nameOf(Feature feature) {
        return NAME_KEYS.stream().map(feature::text).filter(s -> !s.isBlank()).findFirst();
    }

    /** The boundary feature for a register code (obsolete codes resolve to their successor). */
    public Optional<Feature> feature(String registerCode) {
        return Optional.ofNullable(featureByCode.get(register.currentCode(registerCode)));
    }

    /** The register code a boundary feature stands for. */
    public Optional<String> code(Feature feature) {
        return Optional.ofNullable(codeByFeature.get(feature));
    }

    public int matched() {
        return featureByCode.size();
    }

    /** Current register townships with no boundary feature (街道 inside whole-district polygons among them). */
    public List<Township> unmatchedTownships() {
        return List.copyOf(unmatchedTownships);
    }

    /** Boundary features that no register township claims. */
    public List<Feature> unmatchedFeatures() {
        return List.copyOf(unmatchedFeatures);
    }
}
