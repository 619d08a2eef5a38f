using Phrasebook.Content.Model;
using Phrasebook.Content.Reading;
using Phrasebook.Content.Yaml;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Industries.Reading;

/// <summary>input/industries/&lt;folder&gt;/industry.yml; the id defaults to the folder name.</summary>
public sealed class IndustryReader(FieldReader fields)
{
    public static readonly string[] Keys = ["id", "name", "description"];

    public Industry? Read(SourceNode? root, string folder, string path)
    {
        var location = new SourceLocation(path, 1, 1);
        if (root is null)
        {
            // Already reported by the loader: the file is empty, holds only comments, or is not valid YAML.
            return null;
        }

        if (fields.Mapping(root, "industry.yml", location) is not { } written)
        {
            return null;
        }

        var map = fields.CheckKeys(written, Keys, "industry.yml");
        var id = map["id"] is null ? folder : fields.Id(map["id"], "id", "The industry", map.Location);
        if (id is not null && !Ids.IsValid(id))
        {
            fields.Diagnostics.Error(Codes.InvalidId, location, $"The folder name '{folder}' is not a valid industry id: use only lower-case letters a-z, digits and dashes.", $"rename the folder, or add `id: {Ids.Suggestion(folder)}`");
            return null;
        }

        var name = fields.Localized(map["name"], "name");
        if (!name.Has(fields.DefaultLanguage))
        {
            fields.Diagnostics.Error(Codes.MissingField, map["name"]?.Location ?? map.Location, $"The industry '{id}' has no 'name' in the default language ({fields.DefaultLanguage}).", $"add `name: {{{fields.DefaultLanguage}: ...}}`");
        }

        return id is null ? null : new Industry(id, folder, name, fields.Localized(map["description"], "description"), map.Location);
    }
}
