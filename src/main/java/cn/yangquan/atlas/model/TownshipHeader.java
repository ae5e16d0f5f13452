package cn.yangquan.atlas.model;

import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.Township;
import java.util.Optional;

/**
 * What the inspector and {@code info} say about a unit before the plan's facts: name, code, county, the area of its
 * own boundary, the unit an obsolete one was merged into, and, for a unit with no boundary of its own, the unit
 * whose boundary the map draws it in. One rule for the window and the command line.
 *
 * @param township     the unit itself
 * @param county       its county's name
 * @param areaKm2      area of its own boundary feature in km² (projected CRS), or null when it has none
 * @param schematic    whether that boundary is schematic
 * @param mergedInto   the unit that absorbed an obsolete one, or null
 * @param ownBoundary  whether the boundaries hold a feature for this very unit (false for obsolete units and for
 *                     街道 inside a whole-district polygon)
 * @param drawnWithin  the unit whose feature contains it on the map when it has none of its own, or null
 * @param boundariesLoaded whether any boundaries loaded at all (if not, a missing boundary says nothing of the unit)
 */
public record TownshipHeader(Township township, String county, Double areaKm2, boolean schematic, Township mergedInto,
                             boolean ownBoundary, Township drawnWithin, boolean boundariesLoaded) {

    public static TownshipHeader of(AtlasMap map, Township township) {
        PlanRegister register = map.register();
        Township mergedInto = township.obsolete() ? register.township(register.currentCode(township.code())).orElse(null) : null;
        Optional<Feature> own = township.obsolete() ? Optional.empty() : map.join().feature(township.code());
        Township within = null;
        if (own.isEmpty()) {
            // An obsolete unit lies in the one that absorbed it; a 街道 in its district when that is drawn whole.
            Township container = mergedInto != null ? mergedInto : register.township(township.county()).orElse(null);
            if (container != null && !container.code().equals(township.code())
                    && map.join().feature(container.code()).isPresent()) {
                within = container;
            }
        }
        Double area = own.map(f -> f.geometry().getArea() / 1e6).orElse(null);
        return new TownshipHeader(township, register.countyName(township.county()), area,
                map.boundaries().schematic(), mergedInto, own.isPresent(), within, map.boundaries().present());
    }

    /** Whether to say that the unit has no boundary of its own: boundaries loaded, and none of them is this unit. */
    public boolean noOwnBoundary() {
        return boundariesLoaded && !ownBoundary;
    }

    /** The boundary feature the map shows this unit with: its own, else the one it lies within. */
    public Optional<Feature> feature(AtlasMap map) {
        Township shown = ownBoundary ? township : drawnWithin;
        return shown == null ? Optional.empty() : map.join().feature(shown.code());
    }
}
