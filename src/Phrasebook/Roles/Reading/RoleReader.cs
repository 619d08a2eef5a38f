using System.Collections.Immutable;
using Phrasebook.Content.Model;
using Phrasebook.Content.Reading;
using Phrasebook.Content.Yaml;

namespace Phrasebook.Roles.Reading;

/// <summary>input/roles.yml: a list of customer roles.</summary>
public sealed class RoleReader(FieldReader fields)
{
    public static readonly string[] Keys = ["id", "name", "description"];

    public ImmutableArray<Role> Read(SourceNode? root, string path)
    {
        var roles = ImmutableArray.CreateBuilder<Role>();
        foreach (var item in fields.List(root, path))
        {
            if (fields.Mapping(item, "A role", item.Location) is not { } written)
            {
                continue;
            }

            var map = fields.CheckKeys(written, Keys, "a role");
            var id = fields.Id(map["id"], "id", "The role", map.Location);
            var name = fields.Localized(map["name"], "name");
            if (!name.Has(fields.DefaultLanguage))
            {
                fields.Diagnostics.Error(Diagnostics.Codes.MissingField, map["name"]?.Location ?? map.Location, $"The role{(id is null ? "" : $" '{id}'")} has no 'name' in the default language ({fields.DefaultLanguage}).", $"add `name: {{{fields.DefaultLanguage}: ...}}`");
            }

            if (id is not null)
            {
                roles.Add(new Role(id, name, fields.Localized(map["description"], "description"), map.Location));
            }
        }

        return roles.ToImmutable();
    }
}
