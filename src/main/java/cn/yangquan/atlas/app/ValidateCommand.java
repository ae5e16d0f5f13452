package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.PlanTextReader;
import cn.yangquan.atlas.io.RegisterReader;
import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.PlanText;
import cn.yangquan.atlas.model.register.RegisterValidator;
import picocli.CommandLine.Command;

/** {@code validate}: checks the register against itself and the plan text. */
@Command(name = "validate", description = "Check the plan register: references, citations, quotes against the plan text.")
final class ValidateCommand extends AtlasSubcommand {

    @Override
    public Integer call() throws InputProblem {
        AtlasPaths paths = options.paths();
        Messages messages = Messages.forLanguage(options.language);
        RegisterReader.Loaded loaded = new RegisterReader().read(paths.data());
        PlanText plan = PlanTextReader.read(paths.planText())
                .orElseThrow(() -> new CommandFailure(messages.get("validate.noPlan", paths.planText())));
        RegisterValidator.Result result = new RegisterValidator(loaded.register(), plan).validate();
        var out = out();
        var err = err();
        loaded.problems().forEach(err::println);
        result.problems().forEach(err::println);
        PlanRegister register = loaded.register();
        long memberships = register.allLayers().mapToLong(l -> l.members().size()).sum();
        long targets = register.allLayers().mapToLong(l -> l.targets().size()).sum()
                + register.programmes().stream().mapToLong(p -> p.targets().size()).sum();
        out.println(messages.get("validate.counts", String.valueOf(register.townships().size()),
                String.valueOf(register.places().sites().size()), String.valueOf(register.allLayers().count()),
                String.valueOf(memberships), String.valueOf(register.programmes().size()), String.valueOf(targets),
                String.valueOf(register.indicators().size())));
        out.println(messages.get("validate.quotes", String.valueOf(result.quotesChecked())));
        int problems = loaded.problems().size() + result.problems().size();
        out.println(problems == 0 ? messages.get("validate.sound") : messages.get("validate.problems", String.valueOf(problems)));
        out.flush();
        err.flush();
        return problems == 0 ? 0 : 1;
    }
}
