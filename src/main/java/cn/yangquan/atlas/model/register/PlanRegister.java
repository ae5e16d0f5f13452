package cn.yangquan.atlas.model.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The whole register, indexed for lookups by code, name and id. Immutable. */
public final class PlanRegister {
    private static final List<String> SUFFIXES = List.of("街道办事处", "街道", "镇", "乡");

    private final Places places;
    private final List<LayerGroup> groups;
    private final List<Programme> programmes;
    private final List<IndicatorRow> indicators;
    private final Map<String, Township> townshipsByCode = new LinkedHashMap<>();
    private final Map<String, County> countiesByCode = new LinkedHashMap<>();
    private final Map<String, Site> sitesById = new LinkedHashMap<>();

    public PlanRegister(Places places, LayersFile layers, ProgrammesFile programmes, IndicatorsFile indicators) {
        this.places = places == null ? new Places(null, null, null) : places;
        this.groups = layers == null ? List.of() : layers.groups();
        this.programmes = programmes == null ? List.of() : programmes.programmes();
        this.indicators = indicators == null ? List.of() : indicators.rows();
        this.places.townships().forEach(t -> townshipsByCode.putIfAbsent(t.code(), t));
        this.places.counties().forEach(c -> countiesByCode.putIfAbsent(c.code(), c));
        this.places.sites().forEach(s -> sitesById.putIfAbsent(s.id(), s));
    }

    public static PlanRegister empty() {
        return new PlanRegister(null, null, null, null);
    }

    public Places places() {
        return places;
    }

    public List<LayerGroup> groups() {
        return groups;
    }

    public List<Programme> programmes() {
        return programmes;
    }

    public List<IndicatorRow> indicators() {
        return indicators;
    }

    public List<Township> townships() {
        return places.townships();
    }

    public Optional<Township> township(String code) {
        return Optional.ofNullable(code).map(townshipsByCode::get);
    }

    public Optional<County> county(String code) {
        return Optional.ofNullable(code).map(countiesByCode::get);
    }

    public Optional<Site> site(String id) {
        return Optional.ofNullable(id).map(sitesById::get);
    }

    public Optional<LayerGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Stream<PlanLayer> allLayers() {
        return groups.stream().flatMap(g -> g.layers().stream());
    }

    public Optional<PlanLayer> layer(String id) {
        return allLayers().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The current unit a code stands for: an obsolete township resolves to the unit that absorbed it. */
    public String currentCode(String code) {
        Township township = townshipsByCode.get(code);
        int hops = 0;
        while (township != null && township.obsolete() && hops++ < 5) {
            String next = township.obsoleteInto();
            township = townshipsByCode.get(next);
            code = next;
        }
        return code;
    }

    /** The name without its administrative suffix: 西南舁乡 becomes 西南舁. */
    public static String stripSuffix(String name) {
        String trimmed = name.trim().toLowerCase(Locale.ROOT);
        for (String suffix : SUFFIXES) {
            if (trimmed.endsWith(suffix) && trimmed.length() > suffix.length() + 1) {
                return trimmed.substring(0, trimmed.length() - suffix.length());
            }
        }
        return trimmed;
    }

    /** Every code that stands for this unit on the map: itself and the obsolete units merged into it. */
    public List<String> codesFor(String currentCode) {
        List<String> codes = new ArrayList<>();
        codes.add(currentCode);
        for (Township township : places.townships()) {
            if (township.obsolete() && currentCode.equals(currentCode(township.code()))
                    && !township.code().equals(currentCode)) {
                codes.add(township.code());
            }
        }
        return codes;
    }

    public String countyName(String countyCode) {
        return county(countyCode).map(County::name).orElse(countyCode == null ? "" : countyCode);
    }
}
