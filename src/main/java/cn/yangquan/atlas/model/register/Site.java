package cn.yangquan.atlas.model.register;

/**
 * A named place inside Yangquan (village, park, market, scenic spot, river, road, base) with the township or county
 * it lies in, where known, and how it was placed. No coordinates: the map marks it in its township.
 */
public record Site(String id, String name, String kind, String township, String county, String placement,
                   String source, String quote, String interpretation) implements Cited {
}
