package cn.yangquan.atlas.model.thematic;

import cn.yangquan.atlas.model.TownshipResolver;
import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.Township;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Joins a statistics table to the register's townships: by 9-digit code when the table has a code column, else by
 * name (with or without the 镇/乡/街道 suffix, or a short form the plan uses), resolved by
 * {@link TownshipResolver#resolveName}. Reports both sides of what did not
 * join, so nothing is dropped silently.
 *
 * @param keyColumn          the column used for the join
 * @param byCode             whether the join used codes (else names)
 * @param rowByTownship      table row index for each joined township code
 * @param unmatchedRows      rows that matched no township: "row N: key"
 * @param townshipsWithoutRow townships on the map that no row matched
 */
public record StatisticsJoin(String keyColumn, boolean byCode, Map<String, Integer> rowByTownship,
                             List<String> unmatchedRows, List<Township> townshipsWithoutRow) {
    private static final List<String> NAME_COLUMNS = List.of("乡镇", "乡镇名称", "名称", "name", "NAME", "township", "镇", "乡");

    public static StatisticsJoin of(DataTable table, PlanRegister register, Set<String> codesOnMap) {
        int codeColumn = codeColumn(table);
        boolean byCode = codeColumn >= 0;
        int keyColumn = byCode ? codeColumn : nameColumn(table);
        if (keyColumn < 0) {
            throw new IllegalArgumentException(table.name() + ": no column holds township codes or names (looked for a "
                    + "9-digit code column or one of " + NAME_COLUMNS + ")");
        }
        TownshipResolver resolver = byCode ? null : TownshipResolver.of(register);
        Map<String, Integer> rowByTownship = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            String key = table.cell(r, keyColumn).strip();
            Optional<Township> township = byCode
                    ? register.township(key.replaceAll("\\D", "").length() >= 9 ? key.replaceAll("\\D", "").substring(0, 9) : key)
                    : named(resolver, key);
            Optional<String> code = township.map(t -> register.currentCode(t.code()))
                    .filter(c -> codesOnMap.isEmpty() || codesOnMap.contains(c));
            if (code.isPresent() && !rowByTownship.containsKey(code.get())) {
                rowByTownship.put(code.get(), r);
            } else {
                unmatched.add("row " + (r + 1) + ": " + key + (code.isPresent() ? " (duplicate)" : ""));
            }
        }
        List<Township> without = new ArrayList<>();
        for (String code : codesOnMap) {
            if (!rowByTownship.containsKey(code)) {
                register.township(code).ifPresent(without::add);
            }
        }
        return new StatisticsJoin(table.columns().get(keyColumn), byCode, Map.copyOf(rowByTownship), List.copyOf(unmatched),
                List.copyOf(without));
    }

    /** The one township a name cell names (an ambiguous or unknown name joins nothing and is reported). */
    private static Optional<Township> named(TownshipResolver resolver, String key) {
        return resolver.resolveName(key) instanceof TownshipResolver.Found found ? Optional.of(found.township()) : Optional.empty();
    }

    private static int codeColumn(DataTable table) {
        for (int c = 0; c < table.columns().size(); c++) {
            int codes = 0;
            for (int r = 0; r < table.rows().size(); r++) {
                if (table.cell(r, c).strip().matches("\\d{9}(\\d{3})?")) {
                    codes++;
                }
            }
            if (!table.rows().isEmpty() && codes * 2 >= table.rows().size()) {
                return c;
            }
        }
        return -1;
    }

    private static int nameColumn(DataTable table) {
        for (String name : NAME_COLUMNS) {
            int index = table.columnIndex(name);
            if (index >= 0) {
                return index;
            }
        }
        for (int c = 0; c < table.columns().size(); c++) {
            for (int r = 0; r < table.rows().size(); r++) {
                if (table.cell(r, c).strip().matches(".+(镇|乡|街道)")) {
                    return c;
                }
            }
        }
        return -1;
    }
}
