package cn.yangquan.atlas.i18n;

import cn.yangquan.atlas.model.TownshipHeader;
import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.Township;
import java.util.Optional;

/**
 * The lines that name a township the same way in the window and on the command line: a candidate in a list of
 * matches, the merged-into line of an obsolete unit, and the note on a unit without a boundary of its own.
 */
public final class TownshipLines {
    private TownshipLines() {
    }

    /** "name (code)，county", followed for an obsolete unit by what it was merged into. */
    public static String candidate(Township township, PlanRegister register, Messages messages) {
        String line = messages.get("resolve.candidate", township.name(), township.code(), register.countyName(township.county()));
        if (township.obsolete()) {
            Optional<Township> into = register.township(register.currentCode(township.code()));
            if (into.isPresent()) {
                line += messages.get("resolve.candidateMerged", mergedInto(into.get(), messages));
            }
        }
        return line;
    }

    /** "已并入 上社镇 (140322106)" / "merged into 上社镇 (140322106)". */
    public static String mergedInto(Township into, Messages messages) {
        return messages.get("resolve.mergedInto", into.name(), into.code());
    }

    /** The header's merged-into line, if the unit is obsolete. */
    public static Optional<String> mergedInto(TownshipHeader header, Messages messages) {
        return Optional.ofNullable(header.mergedInto()).map(into -> mergedInto(into, messages));
    }

    /** That the unit has no boundary of its own, and which unit's boundary the map draws it in, if that is known. */
    public static Optional<String> boundaryNote(TownshipHeader header, Messages messages) {
        if (!header.noOwnBoundary()) {
            return Optional.empty();
        }
        Township within = header.drawnWithin();
        return Optional.of(within == null ? messages.get("resolve.noBoundary")
                : messages.get("resolve.drawnWithin", within.name(), within.code()));
    }
}
