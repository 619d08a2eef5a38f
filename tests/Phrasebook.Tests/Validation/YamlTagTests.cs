using Phrasebook.Diagnostics;

namespace Phrasebook.Tests.Validation;

public sealed class YamlTagTests
{
    private const string File = "input/industries/logistics/tagged.yml";

    [Fact]
    public void A_yaml_tag_that_builds_objects_is_rejected_at_its_line()
    {
        using var site = new SiteFixture();
        site.Write(File, "id: tagged\nterm: {nb: Merket}\nsummary: {nb: Et ord med merke.}\nabbreviation: !!python/object:os.system GATE\n");
        DiagnosticAssert.One(site.Load(), Codes.WrongType, File, 4, 15, message: "The YAML tag 'tag:yaml.org,2002:python/object:os.system' is not supported", hint: "remove the tag");
    }

    [Fact]
    public void Core_tags_are_accepted()
    {
        using var site = new SiteFixture();
        site.Write(File, "id: tagged\nterm: {nb: !!str Merket}\nsummary: {nb: Et ord med merke.}\n");
        Assert.DoesNotContain(site.Load(), d => d.IsError);
    }
}
