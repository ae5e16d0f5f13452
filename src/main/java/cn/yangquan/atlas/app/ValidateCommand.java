package cn.yangquan.atlas.app;

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
        RegisterReader.Loaded loaded = new RegisterReader().read(paths.data());
        PlanText plan = PlanTextReader.read(paths.planText())
                .orElseThrow(() -> new CommandFailure("plan text not found at " + paths.planText() + " (use --plan)"));
        RegisterValidator.Result result = new RegisterValidator(loaded.register(), plan).validate();
        var out = out();
        var err = err();
        loaded.problems().forEach(err::println);
        result.problems().forEach(err::println);
        PlanRegister register = loaded.register();
        long memberships = register.allLayers().mapToLong(l -> l.members().size()).sum();
        long targets = register.allLayers().mapToLong(l -> l.targets().size()).sum()
                + register.programmes().stream().mapToLong(p -> p.targets().size()).sum();
        out.printf("register: %d townships, %d sites, %d layers, %d layer memberships, %d programmes, %d targets, %d indicator rows%n",
                register.townships().size(), register.places().sites().size(), register.allLayers().count(),
                memberships, register.programmes().size(), targets, register.indicators().size());
        out.printf("quotes checked against the plan: %d%n", result.quotesChecked());
        int problems = loaded.problems().size() + result.problems().size();
        out.println(problems == 0 ? "register is sound" : problems + " problem(s)");
        out.flush();
        err.flush();
        return problems == 0 ? 0 : 1;
    }
}
