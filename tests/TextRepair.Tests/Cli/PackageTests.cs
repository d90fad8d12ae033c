using System.Diagnostics;
using System.Text.RegularExpressions;
using TextRepair.Tests.Support;

namespace TextRepair.Tests.Cli;

/// <summary>
/// Packs the library and the tool, installs both from a local folder into a fresh project and a fresh tool path, and
/// runs them, so that a broken package cannot ship. The project's program is the C# snippet of the README.
/// </summary>
public sealed partial class PackageTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("textrepair-package-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void The_packages_install_and_run_and_the_readme_snippet_compiles()
    {
        string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Tool.DllPath)!, "..", "..", "..", "..", ".."));
        string configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
        string packages = Path.Combine(directory, "packages");
        Run(root, $"pack src/TextRepair.Data -c {configuration} --no-build -o \"{packages}\"");
        // The library with its ReadyToRun image for this machine's platform only: a release packs four, each of which fetches
        // its platform's runtime pack into the test's fresh package cache, and every one is made the same way.
        string platform = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        Run(root, $"pack src/TextRepair -c {configuration} --no-build -p:ReadyToRunRuntimeIdentifiers={platform} -o \"{packages}\"");
        // The tool: a pointer package, the portable build (`any`), this platform's build when the pointer names one (the
        // install below needs it) and a ReadyToRun build (another platform's on linux-x64, whose own is native), each
        // packed as a release would (the pointer needs no build; each RID builds into a folder of its own).
        Run(root, $"pack src/TextRepair.Cli -c {configuration} --no-build -o \"{packages}\"");
        Run(root, $"pack src/TextRepair.Cli -c {configuration} -r any -p:PublishAot=false -o \"{packages}\"");
        string[] platformPackages;
        using (var pointer = System.IO.Compression.ZipFile.OpenRead(Path.Combine(packages, "TextRepair.Cli.0.1.0.nupkg")))
        {
            using var settings = pointer.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open();
            platformPackages = [.. System.Xml.Linq.XDocument.Load(settings).Descendants("RuntimeIdentifierPackage")
                .Select(package => package.Attribute("RuntimeIdentifier")!.Value).Where(rid => rid != "any")];
        }

        Assert.Equal(["linux-x64", "linux-arm64", "win-x64", "osx-arm64"], platformPackages);
        bool native = platform == "linux-x64";
        string readyToRun = native ? "win-x64" : platform;
        string[] packed = [.. new[] { platform, readyToRun }.Distinct().Where(platformPackages.Contains)];
        foreach (string rid in packed)
        {
            Run(root, $"pack src/TextRepair.Cli -c {configuration} -r {rid} -o \"{packages}\"");
        }

        Run(root, $"pack src/TextRepair.Extensions.DependencyInjection -c {configuration} --no-build -o \"{packages}\"");
        Assert.Single(Directory.GetFiles(packages, "TextRepair.0.1.0.nupkg"));

        // Every package carries the licence, the notices of the data it embeds and the icon; those with code carry symbols
        // beside them (the tool's pointer package has none: its code is in the RID packages).
        string[] ids = ["TextRepair", "TextRepair.Data", "TextRepair.Cli", "TextRepair.Cli.any", .. packed.Select(rid => "TextRepair.Cli." + rid), "TextRepair.Extensions.DependencyInjection"];
        foreach (string id in ids)
        {
            Assert.True(id == "TextRepair.Cli" || File.Exists(Path.Combine(packages, $"{id}.0.1.0.snupkg")), $"{id} has no symbol package");
            using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(packages, $"{id}.0.1.0.nupkg"));
            string[] entries = [.. package.Entries.Select(entry => entry.FullName)];
            Assert.Contains("LICENSE", entries);
            Assert.Contains("icon.png", entries);
            if (id is not ("TextRepair" or "TextRepair.Extensions.DependencyInjection"))
            {
                // The packages that carry the data carry its notices.
                Assert.Contains("THIRD-PARTY-NOTICES.md", entries);
                Assert.Contains("notices/LICENSE.SymSpell.txt", entries);
                Assert.Contains("notices/LICENSE.CMUSphinx.txt", entries);
            }

            using var nuspec = new StreamReader(package.GetEntry($"{id}.nuspec")!.Open());
            string manifest = nuspec.ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", manifest, StringComparison.Ordinal);
            Assert.Contains("<projectUrl>https://github.com/textrepair/textrepair</projectUrl>", manifest, StringComparison.Ordinal);
            Assert.Contains("<icon>icon.png</icon>", manifest, StringComparison.Ordinal);
        }

        // The library's code comes portable and precompiled for this platform, the same assembly (one identity, one set of
        // symbols); its data comes in a package of its own, once, whichever image runs.
        using (var library = System.IO.Compression.ZipFile.OpenRead(Path.Combine(packages, "TextRepair.0.1.0.nupkg")))
        {
            (Guid portableIdentity, bool portableIsNative) = ReadAssembly(library, "lib/net10.0/TextRepair.dll");
            (Guid imageIdentity, bool imageIsNative) = ReadAssembly(library, $"runtimes/{platform}/lib/net10.0/TextRepair.dll");
            Assert.False(portableIsNative);
            Assert.True(imageIsNative, $"runtimes/{platform}/lib/net10.0/TextRepair.dll holds no precompiled code");
            Assert.Equal(portableIdentity, imageIdentity);
            Assert.DoesNotContain(library.Entries, entry => entry.FullName.EndsWith(".br", StringComparison.Ordinal) || entry.FullName.EndsWith("TextRepair.Data.dll", StringComparison.Ordinal));
            using var manifest = new StreamReader(library.GetEntry("TextRepair.nuspec")!.Open());
            Assert.Contains("<dependency id=\"TextRepair.Data\" version=\"0.1.0\"", manifest.ReadToEnd(), StringComparison.Ordinal);
        }

        // A platform without a native build gets the tool's and the library's code precompiled.
        if (packed.Contains(readyToRun))
        {
            using var tool = System.IO.Compression.ZipFile.OpenRead(Path.Combine(packages, $"TextRepair.Cli.{readyToRun}.0.1.0.nupkg"));
            foreach (string assembly in new[] { "TextRepair.Cli.dll", "TextRepair.dll" })
            {
                Assert.True(ReadAssembly(tool, $"tools/net10.0/{readyToRun}/{assembly}").Precompiled, $"{assembly} of the {readyToRun} tool holds no precompiled code");
            }
        }

        // The public surface is recorded, so a change to it is deliberate.
        string api = File.ReadAllText(Path.Combine(root, "src", "TextRepair", "PublicAPI.Unshipped.txt"));
        Assert.Contains("TextRepair.TextRepairEngine.Analyze(string! text, System.Threading.CancellationToken cancellationToken = default(System.Threading.CancellationToken)) -> TextRepair.Analysis.AnalysisResult!", api, StringComparison.Ordinal);
        Assert.DoesNotContain("TextRepair.Lexing.Lexer", api, StringComparison.Ordinal);

        string tools = Path.Combine(directory, "tools");
        Run(directory, $"tool install TextRepair.Cli --version 0.1.0 --tool-path \"{tools}\" --add-source \"{packages}\" --ignore-failed-sources");

        // On linux-x64 the installed command is the native build, with no runtime files beside it.
        string installed = Path.GetFullPath(new FileInfo(Path.Combine(tools, "textrepair")).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.Combine(tools, "textrepair"));
        Assert.Equal(native, !File.Exists(Path.Combine(Path.GetDirectoryName(installed)!, "TextRepair.Cli.runtimeconfig.json")));
        var check = Process.Start(new ProcessStartInfo(Path.Combine(tools, "textrepair"), $"check \"{Path.Combine(TestData.DataDirectory, "belarus-mt-news.txt")}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        string output = check.StandardOutput.ReadToEnd();
        check.WaitForExit();
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("TR2001: Stray 'a' glued to 'On'", output, StringComparison.Ordinal);

        string app = Path.Combine(directory, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestoreAdditionalProjectSources>{packages}</RestoreAdditionalProjectSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TextRepair" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string snippet = CSharpBlock().Match(readme).Groups["code"].Value;
        Assert.Contains("TextRepairEngine.CreateDefault()", snippet, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(app, "Program.cs"), snippet);
        string run = Run(app, "run");
        Assert.Contains("TR2001", run, StringComparison.Ordinal);
        Assert.Contains("TR2002", run, StringComparison.Ordinal);

        // A portable application runs the precompiled image on this platform: its dependency file names it for the host.
        string dependencies = File.ReadAllText(Directory.GetFiles(Path.Combine(app, "bin"), "App.deps.json", SearchOption.AllDirectories).Single());
        Assert.Contains($"\"runtimes/{platform}/lib/net10.0/TextRepair.dll\"", dependencies, StringComparison.Ordinal);
    }

    /// <summary>An assembly's identity (its module version id) and whether it holds ReadyToRun code.</summary>
    private static (Guid Identity, bool Precompiled) ReadAssembly(System.IO.Compression.ZipArchive package, string path)
    {
        using var buffer = new MemoryStream();
        using (Stream entry = package.GetEntry(path)?.Open() ?? throw new Xunit.Sdk.XunitException($"{path} is missing from the package"))
        {
            entry.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(buffer);
        System.Reflection.Metadata.MetadataReader metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        Guid identity = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        return (identity, reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0);
    }

    private string Run(string workingDirectory, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // A fresh package cache: a package of the same version cached by an earlier run must not stand in for this one.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(directory, "nuget-cache");
        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet {arguments} failed ({process.ExitCode}):\n{output}\n{errors.Result}");
        return output;
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
