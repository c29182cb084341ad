import GoTemplate
import HelmYAML
import HelmFunctions
