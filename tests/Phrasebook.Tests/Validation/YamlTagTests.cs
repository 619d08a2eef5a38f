using Phrasebook.Content;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

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
    public void Core_tags_are_accepted_and_read_as_what_they_tag()
    {
        using var site = new SiteFixture();
        // !!str makes the number an abbreviation of text, as written, not the number 12.50.
        site.Write(File, "id: tagged\nterm: {nb: !!str Merket, sv: !<tag:yaml.org,2002:str> Märkt}\nabbreviation: !!str 012.50\nsummary: {nb: ! Et ord med merke.}\n");
        var bag = new DiagnosticBag();

        var content = ContentLoader.Load(site.Root, bag, 2);

        Assert.DoesNotContain(bag.ToSortedList(), d => d.IsError);
        var term = Assert.Single(content!.Terms, t => t.Id == "tagged");
        Assert.Equal("Merket", term.Title["nb"]);
        Assert.Equal("Märkt", term.Title["sv"]);
        Assert.Equal("012.50", term.Abbreviation.Resolve("nb", "nb")?.Value);
        Assert.Equal("Et ord med merke.", term.Summary["nb"]);
    }
}
