#!/usr/bin/env pwsh
# Restore, test, build the sample book into out/, and validate it with epubcheck when java and epubcheck are present.
# Usage: dotnet tool restore; dotnet pwsh build.ps1
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $true

Push-Location $PSScriptRoot
try {
    dotnet restore
    dotnet test
    New-Item -ItemType Directory -Force -Path out | Out-Null
    dotnet run --project src/Novel.Cli -- build chapters -o out/novel.epub

    $jar = @($env:EPUBCHECK_JAR, '/usr/share/java/epubcheck.jar') | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
    if ((Get-Command java -ErrorAction SilentlyContinue) -and $jar) {
        java -jar $jar out/novel.epub
    }
    else {
        Write-Warning 'java or epubcheck not found: skipping epubcheck (install the epubcheck package to run it)'
    }

    dotnet run --project src/Novel.Cli -- check out/novel.epub
}
finally {
    Pop-Location
}
