package cn.yangquan.atlas.model;

/**
 * Where a user's layer was read from, as the project keeps it so that the layer comes back after a restart.
 *
 * @param layerId  the layer's id on the map ({@code user-N}); null for a table that holds no feature (not on the map)
 * @param title    the layer's title in the tree (the file name, with {@code #table} for one table of several)
 * @param path     the file, absolute
 * @param crs      the CRS the file was read in (e.g. {@code EPSG:4547}), for the record; the file's own CRS is read
 *                 again on restart
 * @param encoding the text encoding chosen for a shapefile without {@code .cpg} (e.g. {@code GBK}), or null for the
 *                 file's own or detected one
 * @param table    the table of a multi-table file (GeoPackage), or null for a single-layer file (or, where the user
 *                 named a GeoPackage without a table, for all its tables)
 */
public record UserLayerSource(String layerId, String title, String path, String crs, String encoding, String table) {
    public UserLayerSource withLayerId(String id) {
        return new UserLayerSource(id, title, path, crs, encoding, table);
    }
}
