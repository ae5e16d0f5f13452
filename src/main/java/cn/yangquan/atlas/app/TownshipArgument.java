package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.i18n.TownshipLines;
import cn.yangquan.atlas.model.TownshipResolver;
import cn.yangquan.atlas.model.TownshipResolver.Ambiguous;
import cn.yangquan.atlas.model.TownshipResolver.Found;
import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.Township;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** A township named on the command line, resolved the one way the window's search resolves it. */
final class TownshipArgument {
    private TownshipArgument() {
    }

    /**
     * The township a query names. A unit preferred over others of the same name is noted on {@code err}.
     * @throws CommandFailure (exit 1) when nothing matches, or when several match: then the message lists each
     *                        candidate as "name (code), county", one a line, in the language of {@code messages}
     */
    static Township resolve(String query, TownshipResolver resolver, Messages messages, PrintWriter err) {
        PlanRegister register = resolver.register();
        TownshipResolver.Resolution resolution = resolver.resolve(query);
        if (resolution instanceof Found found) {
            if (!found.alsoMatching().isEmpty()) {
                String others = found.alsoMatching().stream().map(t -> TownshipLines.candidate(t, register, messages))
                        .collect(Collectors.joining(messages.get("resolve.listSeparator")));
                err.println("yq-atlas: " + messages.get("resolve.alsoMatching", found.query(), others,
                        TownshipLines.candidate(found.township(), register, messages)));
                err.flush();
            }
            return found.township();
        }
        if (resolution instanceof Ambiguous ambiguous) {
            throw new CommandFailure(messages.get("resolve.ambiguous", ambiguous.query(), ambiguous.candidates().size()), 1,
                    ambiguous.candidates().stream().map(t -> TownshipLines.candidate(t, register, messages)).toList());
        }
        throw new CommandFailure(messages.get("resolve.notFound", resolution.query()));
    }
}
