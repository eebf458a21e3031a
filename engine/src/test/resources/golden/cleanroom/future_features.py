from __future__ import annotations
import __future__

print(__future__.all_feature_names)
print(sorted(__future__.__all__))
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, repr(feature), feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
    print('  ', feature.optional, feature.mandatory, type(feature).__name__)
print([n for n in dir(__future__) if n.startswith('CO_')])
print([getattr(__future__, n) for n in dir(__future__) if n.startswith('CO_')])
print(annotations is __future__.annotations)
def f(x: undefined_name) -> also_undefined:
    return x
print(f.__annotations__)
