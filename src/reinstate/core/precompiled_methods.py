"""Methods of reinstate's dataclasses, compiled as Python 3.11's dataclasses would:
written by core/precompile.py (do not edit)."""

CODE = {}


def __create_fn__(_type_path, _type_line, _type_col, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_col, _return_type):
 def __init__(self,path:_type_path,line:_type_line=_dflt_line,col:_type_col=_dflt_col)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
 return __init__


CODE["def __create_fn__(_type_path, _type_line, _type_col, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_line, _dflt_col, _return_type):\n def __init__(self,path:_type_path,line:_type_line=_dflt_line,col:_type_col=_dflt_col)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, line={self.line!r}, col={self.col!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, line={self.line!r}, col={self.col!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.col,)==(other.path,other.line,other.col,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.line,self.col,)==(other.path,other.line,other.col,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__():
 def __lt__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.col,)<(other.path,other.line,other.col,)
  return NotImplemented
 return __lt__


CODE['def __create_fn__():\n def __lt__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.line,self.col,)<(other.path,other.line,other.col,)\n  return NotImplemented\n return __lt__'] = __create_fn__.__code__


def __create_fn__():
 def __le__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.col,)<=(other.path,other.line,other.col,)
  return NotImplemented
 return __le__


CODE['def __create_fn__():\n def __le__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.line,self.col,)<=(other.path,other.line,other.col,)\n  return NotImplemented\n return __le__'] = __create_fn__.__code__


def __create_fn__():
 def __gt__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.col,)>(other.path,other.line,other.col,)
  return NotImplemented
 return __gt__


CODE['def __create_fn__():\n def __gt__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.line,self.col,)>(other.path,other.line,other.col,)\n  return NotImplemented\n return __gt__'] = __create_fn__.__code__


def __create_fn__():
 def __ge__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.line,self.col,)>=(other.path,other.line,other.col,)
  return NotImplemented
 return __ge__


CODE['def __create_fn__():\n def __ge__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.line,self.col,)>=(other.path,other.line,other.col,)\n  return NotImplemented\n return __ge__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','line','col',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'line\',\'col\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','line','col',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'line\',\'col\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.line,self.col,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.line,self.col,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_location, _type_severity, _type_rule, _type_message, _type_hint, _type_case, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _dflt_case, _return_type):
 def __init__(self,location:_type_location,severity:_type_severity,rule:_type_rule,message:_type_message,hint:_type_hint=_dflt_hint,case:_type_case=_dflt_case)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
  __dataclass_builtins_object__.__setattr__(self,'case',case)
 return __init__


CODE["def __create_fn__(_type_location, _type_severity, _type_rule, _type_message, _type_hint, _type_case, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _dflt_case, _return_type):\n def __init__(self,location:_type_location,severity:_type_severity,rule:_type_rule,message:_type_message,hint:_type_hint=_dflt_hint,case:_type_case=_dflt_case)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n  __dataclass_builtins_object__.__setattr__(self,'case',case)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(location={self.location!r}, severity={self.severity!r}, rule={self.rule!r}, message={self.message!r}, hint={self.hint!r}, case={self.case!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(location={self.location!r}, severity={self.severity!r}, rule={self.rule!r}, message={self.message!r}, hint={self.hint!r}, case={self.case!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.location,self.severity,self.rule,self.message,self.hint,self.case,)==(other.location,other.severity,other.rule,other.message,other.hint,other.case,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.location,self.severity,self.rule,self.message,self.hint,self.case,)==(other.location,other.severity,other.rule,other.message,other.hint,other.case,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('location','severity','rule','message','hint','case',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'location\',\'severity\',\'rule\',\'message\',\'hint\',\'case\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('location','severity','rule','message','hint','case',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'location\',\'severity\',\'rule\',\'message\',\'hint\',\'case\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.location,self.severity,self.rule,self.message,self.hint,self.case,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.location,self.severity,self.rule,self.message,self.hint,self.case,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_strict, _type_disabled, _type_case, _type_diagnostics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_strict, _dflt_disabled, _dflt_case, _dflt_diagnostics, _return_type):
 def __init__(self,strict:_type_strict=_dflt_strict,disabled:_type_disabled=_dflt_disabled,case:_type_case=_dflt_case,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY)->_return_type:
  self.strict=strict
  self.disabled=disabled
  self.case=case
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
 return __init__


CODE['def __create_fn__(_type_strict, _type_disabled, _type_case, _type_diagnostics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_strict, _dflt_disabled, _dflt_case, _dflt_diagnostics, _return_type):\n def __init__(self,strict:_type_strict=_dflt_strict,disabled:_type_disabled=_dflt_disabled,case:_type_case=_dflt_case,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.strict=strict\n  self.disabled=disabled\n  self.case=case\n  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(strict={self.strict!r}, disabled={self.disabled!r}, case={self.case!r}, diagnostics={self.diagnostics!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(strict={self.strict!r}, disabled={self.disabled!r}, case={self.case!r}, diagnostics={self.diagnostics!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.strict,self.disabled,self.case,self.diagnostics,)==(other.strict,other.disabled,other.case,other.diagnostics,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.strict,self.disabled,self.case,self.diagnostics,)==(other.strict,other.disabled,other.case,other.diagnostics,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_path, _type_origin, _type_keys, _type_values, _type_raw, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_keys, _dflt_values, _dflt_raw, _return_type):
 def __init__(self,path:_type_path,origin:_type_origin,keys:_type_keys=_HAS_DEFAULT_FACTORY,values:_type_values=_HAS_DEFAULT_FACTORY,raw:_type_raw=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'keys',_dflt_keys() if keys is _HAS_DEFAULT_FACTORY else keys)
  __dataclass_builtins_object__.__setattr__(self,'values',_dflt_values() if values is _HAS_DEFAULT_FACTORY else values)
  __dataclass_builtins_object__.__setattr__(self,'raw',_dflt_raw() if raw is _HAS_DEFAULT_FACTORY else raw)
 return __init__


CODE["def __create_fn__(_type_path, _type_origin, _type_keys, _type_values, _type_raw, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_keys, _dflt_values, _dflt_raw, _return_type):\n def __init__(self,path:_type_path,origin:_type_origin,keys:_type_keys=_HAS_DEFAULT_FACTORY,values:_type_values=_HAS_DEFAULT_FACTORY,raw:_type_raw=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n  __dataclass_builtins_object__.__setattr__(self,'keys',_dflt_keys() if keys is _HAS_DEFAULT_FACTORY else keys)\n  __dataclass_builtins_object__.__setattr__(self,'values',_dflt_values() if values is _HAS_DEFAULT_FACTORY else values)\n  __dataclass_builtins_object__.__setattr__(self,'raw',_dflt_raw() if raw is _HAS_DEFAULT_FACTORY else raw)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, origin={self.origin!r}, keys={self.keys!r}, values={self.values!r}, raw={self.raw!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, origin={self.origin!r}, keys={self.keys!r}, values={self.values!r}, raw={self.raw!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.origin,self.keys,self.values,self.raw,)==(other.path,other.origin,other.keys,other.values,other.raw,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.origin,self.keys,self.values,self.raw,)==(other.path,other.origin,other.keys,other.values,other.raw,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','origin','keys','values','raw',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'origin\',\'keys\',\'values\',\'raw\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','origin','keys','values','raw',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'origin\',\'keys\',\'values\',\'raw\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.origin,self.keys,self.values,self.raw,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.origin,self.keys,self.values,self.raw,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_reporter, _type_marks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,reporter:_type_reporter,marks:_type_marks)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'reporter',reporter)
  __dataclass_builtins_object__.__setattr__(self,'marks',marks)
 return __init__


CODE["def __create_fn__(_type_reporter, _type_marks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,reporter:_type_reporter,marks:_type_marks)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'reporter',reporter)\n  __dataclass_builtins_object__.__setattr__(self,'marks',marks)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(reporter={self.reporter!r}, marks={self.marks!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(reporter={self.reporter!r}, marks={self.marks!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.reporter,self.marks,)==(other.reporter,other.marks,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.reporter,self.marks,)==(other.reporter,other.marks,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('reporter','marks',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'reporter\',\'marks\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('reporter','marks',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'reporter\',\'marks\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.reporter,self.marks,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.reporter,self.marks,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_pattern, _type_what, _type_one_line, _type_max_length, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pattern, _dflt_what, _dflt_one_line, _dflt_max_length, _return_type):
 def __init__(self,pattern:_type_pattern=_dflt_pattern,what:_type_what=_dflt_what,one_line:_type_one_line=_dflt_one_line,max_length:_type_max_length=_dflt_max_length)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'one_line',one_line)
  __dataclass_builtins_object__.__setattr__(self,'max_length',max_length)
 return __init__


CODE["def __create_fn__(_type_pattern, _type_what, _type_one_line, _type_max_length, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pattern, _dflt_what, _dflt_one_line, _dflt_max_length, _return_type):\n def __init__(self,pattern:_type_pattern=_dflt_pattern,what:_type_what=_dflt_what,one_line:_type_one_line=_dflt_one_line,max_length:_type_max_length=_dflt_max_length)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'one_line',one_line)\n  __dataclass_builtins_object__.__setattr__(self,'max_length',max_length)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pattern={self.pattern!r}, what={self.what!r}, one_line={self.one_line!r}, max_length={self.max_length!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(pattern={self.pattern!r}, what={self.what!r}, one_line={self.one_line!r}, max_length={self.max_length!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pattern,self.what,self.one_line,self.max_length,)==(other.pattern,other.what,other.one_line,other.max_length,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.pattern,self.what,self.one_line,self.max_length,)==(other.pattern,other.what,other.one_line,other.max_length,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('pattern','what','one_line','max_length',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'pattern\',\'what\',\'one_line\',\'max_length\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('pattern','what','one_line','max_length',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'pattern\',\'what\',\'one_line\',\'max_length\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.pattern,self.what,self.one_line,self.max_length,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.pattern,self.what,self.one_line,self.max_length,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_minimum, _type_maximum, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_minimum, _dflt_maximum, _return_type):
 def __init__(self,minimum:_type_minimum=_dflt_minimum,maximum:_type_maximum=_dflt_maximum)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'minimum',minimum)
  __dataclass_builtins_object__.__setattr__(self,'maximum',maximum)
 return __init__


CODE["def __create_fn__(_type_minimum, _type_maximum, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_minimum, _dflt_maximum, _return_type):\n def __init__(self,minimum:_type_minimum=_dflt_minimum,maximum:_type_maximum=_dflt_maximum)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'minimum',minimum)\n  __dataclass_builtins_object__.__setattr__(self,'maximum',maximum)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(minimum={self.minimum!r}, maximum={self.maximum!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(minimum={self.minimum!r}, maximum={self.maximum!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.minimum,self.maximum,)==(other.minimum,other.maximum,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.minimum,self.maximum,)==(other.minimum,other.maximum,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('minimum','maximum',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'minimum\',\'maximum\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('minimum','maximum',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'minimum\',\'maximum\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.minimum,self.maximum,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.minimum,self.maximum,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self)->_return_type:
  pass
 return __init__


CODE['def __create_fn__(MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self)->_return_type:\n  pass\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"()"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"()"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return ()==()
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return ()==()\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ():
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in ():\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ():
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in ():\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash(())
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash(())\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,values:_type_values)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'values',values)
 return __init__


CODE["def __create_fn__(_type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,values:_type_values)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(values={self.values!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(values={self.values!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.values,)==(other.values,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.values,)==(other.values,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('values',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'values\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('values',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'values\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.values,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.values,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_item, _type_min_items, _type_single, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_min_items, _dflt_single, _return_type):
 def __init__(self,item:_type_item,min_items:_type_min_items=_dflt_min_items,single:_type_single=_dflt_single)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'min_items',min_items)
  __dataclass_builtins_object__.__setattr__(self,'single',single)
 return __init__


CODE["def __create_fn__(_type_item, _type_min_items, _type_single, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_min_items, _dflt_single, _return_type):\n def __init__(self,item:_type_item,min_items:_type_min_items=_dflt_min_items,single:_type_single=_dflt_single)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'min_items',min_items)\n  __dataclass_builtins_object__.__setattr__(self,'single',single)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(item={self.item!r}, min_items={self.min_items!r}, single={self.single!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(item={self.item!r}, min_items={self.min_items!r}, single={self.single!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.item,self.min_items,self.single,)==(other.item,other.min_items,other.single,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.item,self.min_items,self.single,)==(other.item,other.min_items,other.single,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('item','min_items','single',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'item\',\'min_items\',\'single\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('item','min_items','single',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'item\',\'min_items\',\'single\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.item,self.min_items,self.single,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.item,self.min_items,self.single,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_text, _type_mapping, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,mapping:_type_mapping)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'mapping',mapping)
 return __init__


CODE["def __create_fn__(_type_text, _type_mapping, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,mapping:_type_mapping)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'mapping',mapping)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, mapping={self.mapping!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, mapping={self.mapping!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.mapping,)==(other.text,other.mapping,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.mapping,)==(other.text,other.mapping,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','mapping',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'mapping\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','mapping',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'mapping\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.mapping,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.mapping,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_key, _type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,value:_type_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
 return __init__


CODE["def __create_fn__(_type_key, _type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,value:_type_value)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, value={self.value!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, value={self.value!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.value,)==(other.key,other.value,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.value,)==(other.key,other.value,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','value',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'value\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','value',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'value\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.value,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.value,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_type, _type_required, _type_default, _type_doc, _type_check_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_default, _dflt_doc, _dflt_check_value, _return_type):
 def __init__(self,name:_type_name,type:_type_type,required:_type_required=_dflt_required,default:_type_default=_dflt_default,doc:_type_doc=_dflt_doc,check_value:_type_check_value=_dflt_check_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
  __dataclass_builtins_object__.__setattr__(self,'check_value',check_value)
 return __init__


CODE["def __create_fn__(_type_name, _type_type, _type_required, _type_default, _type_doc, _type_check_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_default, _dflt_doc, _dflt_check_value, _return_type):\n def __init__(self,name:_type_name,type:_type_type,required:_type_required=_dflt_required,default:_type_default=_dflt_default,doc:_type_doc=_dflt_doc,check_value:_type_check_value=_dflt_check_value)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'default',default)\n  __dataclass_builtins_object__.__setattr__(self,'doc',doc)\n  __dataclass_builtins_object__.__setattr__(self,'check_value',check_value)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, type={self.type!r}, required={self.required!r}, default={self.default!r}, doc={self.doc!r}, check_value={self.check_value!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, type={self.type!r}, required={self.required!r}, default={self.default!r}, doc={self.doc!r}, check_value={self.check_value!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.type,self.required,self.default,self.doc,self.check_value,)==(other.name,other.type,other.required,other.default,other.doc,other.check_value,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.type,self.required,self.default,self.doc,self.check_value,)==(other.name,other.type,other.required,other.default,other.doc,other.check_value,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','type','required','default','doc','check_value',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'type\',\'required\',\'default\',\'doc\',\'check_value\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','type','required','default','doc','check_value',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'type\',\'required\',\'default\',\'doc\',\'check_value\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.type,self.required,self.default,self.doc,self.check_value,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.type,self.required,self.default,self.doc,self.check_value,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_fields, _type_doc, _type_elsewhere, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_doc, _dflt_elsewhere, _return_type):
 def __init__(self,fields:_type_fields,doc:_type_doc=_dflt_doc,elsewhere:_type_elsewhere=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'fields',fields)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
  __dataclass_builtins_object__.__setattr__(self,'elsewhere',_dflt_elsewhere() if elsewhere is _HAS_DEFAULT_FACTORY else elsewhere)
 return __init__


CODE["def __create_fn__(_type_fields, _type_doc, _type_elsewhere, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_doc, _dflt_elsewhere, _return_type):\n def __init__(self,fields:_type_fields,doc:_type_doc=_dflt_doc,elsewhere:_type_elsewhere=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'fields',fields)\n  __dataclass_builtins_object__.__setattr__(self,'doc',doc)\n  __dataclass_builtins_object__.__setattr__(self,'elsewhere',_dflt_elsewhere() if elsewhere is _HAS_DEFAULT_FACTORY else elsewhere)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(fields={self.fields!r}, doc={self.doc!r}, elsewhere={self.elsewhere!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(fields={self.fields!r}, doc={self.doc!r}, elsewhere={self.elsewhere!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.fields,self.doc,self.elsewhere,)==(other.fields,other.doc,other.elsewhere,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.fields,self.doc,self.elsewhere,)==(other.fields,other.doc,other.elsewhere,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('fields','doc','elsewhere',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'fields\',\'doc\',\'elsewhere\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('fields','doc','elsewhere',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'fields\',\'doc\',\'elsewhere\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.fields,self.doc,self.elsewhere,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.fields,self.doc,self.elsewhere,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_file_bytes, _type_case_bytes, _type_case_blocks, _type_exhibit_bytes, _type_table_cells, _type_nesting, _type_exhibit_pages, _type_case_exhibit_pages, _type_image_frames, _type_image_pixels, _type_ocr_pages, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_file_bytes, _dflt_case_bytes, _dflt_case_blocks, _dflt_exhibit_bytes, _dflt_table_cells, _dflt_nesting, _dflt_exhibit_pages, _dflt_case_exhibit_pages, _dflt_image_frames, _dflt_image_pixels, _dflt_ocr_pages, _return_type):
 def __init__(self,file_bytes:_type_file_bytes=_dflt_file_bytes,case_bytes:_type_case_bytes=_dflt_case_bytes,case_blocks:_type_case_blocks=_dflt_case_blocks,exhibit_bytes:_type_exhibit_bytes=_dflt_exhibit_bytes,table_cells:_type_table_cells=_dflt_table_cells,nesting:_type_nesting=_dflt_nesting,exhibit_pages:_type_exhibit_pages=_dflt_exhibit_pages,case_exhibit_pages:_type_case_exhibit_pages=_dflt_case_exhibit_pages,image_frames:_type_image_frames=_dflt_image_frames,image_pixels:_type_image_pixels=_dflt_image_pixels,ocr_pages:_type_ocr_pages=_dflt_ocr_pages)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'file_bytes',file_bytes)
  __dataclass_builtins_object__.__setattr__(self,'case_bytes',case_bytes)
  __dataclass_builtins_object__.__setattr__(self,'case_blocks',case_blocks)
  __dataclass_builtins_object__.__setattr__(self,'exhibit_bytes',exhibit_bytes)
  __dataclass_builtins_object__.__setattr__(self,'table_cells',table_cells)
  __dataclass_builtins_object__.__setattr__(self,'nesting',nesting)
  __dataclass_builtins_object__.__setattr__(self,'exhibit_pages',exhibit_pages)
  __dataclass_builtins_object__.__setattr__(self,'case_exhibit_pages',case_exhibit_pages)
  __dataclass_builtins_object__.__setattr__(self,'image_frames',image_frames)
  __dataclass_builtins_object__.__setattr__(self,'image_pixels',image_pixels)
  __dataclass_builtins_object__.__setattr__(self,'ocr_pages',ocr_pages)
 return __init__


CODE["def __create_fn__(_type_file_bytes, _type_case_bytes, _type_case_blocks, _type_exhibit_bytes, _type_table_cells, _type_nesting, _type_exhibit_pages, _type_case_exhibit_pages, _type_image_frames, _type_image_pixels, _type_ocr_pages, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_file_bytes, _dflt_case_bytes, _dflt_case_blocks, _dflt_exhibit_bytes, _dflt_table_cells, _dflt_nesting, _dflt_exhibit_pages, _dflt_case_exhibit_pages, _dflt_image_frames, _dflt_image_pixels, _dflt_ocr_pages, _return_type):\n def __init__(self,file_bytes:_type_file_bytes=_dflt_file_bytes,case_bytes:_type_case_bytes=_dflt_case_bytes,case_blocks:_type_case_blocks=_dflt_case_blocks,exhibit_bytes:_type_exhibit_bytes=_dflt_exhibit_bytes,table_cells:_type_table_cells=_dflt_table_cells,nesting:_type_nesting=_dflt_nesting,exhibit_pages:_type_exhibit_pages=_dflt_exhibit_pages,case_exhibit_pages:_type_case_exhibit_pages=_dflt_case_exhibit_pages,image_frames:_type_image_frames=_dflt_image_frames,image_pixels:_type_image_pixels=_dflt_image_pixels,ocr_pages:_type_ocr_pages=_dflt_ocr_pages)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'file_bytes',file_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'case_bytes',case_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'case_blocks',case_blocks)\n  __dataclass_builtins_object__.__setattr__(self,'exhibit_bytes',exhibit_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'table_cells',table_cells)\n  __dataclass_builtins_object__.__setattr__(self,'nesting',nesting)\n  __dataclass_builtins_object__.__setattr__(self,'exhibit_pages',exhibit_pages)\n  __dataclass_builtins_object__.__setattr__(self,'case_exhibit_pages',case_exhibit_pages)\n  __dataclass_builtins_object__.__setattr__(self,'image_frames',image_frames)\n  __dataclass_builtins_object__.__setattr__(self,'image_pixels',image_pixels)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_pages',ocr_pages)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file_bytes={self.file_bytes!r}, case_bytes={self.case_bytes!r}, case_blocks={self.case_blocks!r}, exhibit_bytes={self.exhibit_bytes!r}, table_cells={self.table_cells!r}, nesting={self.nesting!r}, exhibit_pages={self.exhibit_pages!r}, case_exhibit_pages={self.case_exhibit_pages!r}, image_frames={self.image_frames!r}, image_pixels={self.image_pixels!r}, ocr_pages={self.ocr_pages!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file_bytes={self.file_bytes!r}, case_bytes={self.case_bytes!r}, case_blocks={self.case_blocks!r}, exhibit_bytes={self.exhibit_bytes!r}, table_cells={self.table_cells!r}, nesting={self.nesting!r}, exhibit_pages={self.exhibit_pages!r}, case_exhibit_pages={self.case_exhibit_pages!r}, image_frames={self.image_frames!r}, image_pixels={self.image_pixels!r}, ocr_pages={self.ocr_pages!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file_bytes,self.case_bytes,self.case_blocks,self.exhibit_bytes,self.table_cells,self.nesting,self.exhibit_pages,self.case_exhibit_pages,self.image_frames,self.image_pixels,self.ocr_pages,)==(other.file_bytes,other.case_bytes,other.case_blocks,other.exhibit_bytes,other.table_cells,other.nesting,other.exhibit_pages,other.case_exhibit_pages,other.image_frames,other.image_pixels,other.ocr_pages,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file_bytes,self.case_bytes,self.case_blocks,self.exhibit_bytes,self.table_cells,self.nesting,self.exhibit_pages,self.case_exhibit_pages,self.image_frames,self.image_pixels,self.ocr_pages,)==(other.file_bytes,other.case_bytes,other.case_blocks,other.exhibit_bytes,other.table_cells,other.nesting,other.exhibit_pages,other.case_exhibit_pages,other.image_frames,other.image_pixels,other.ocr_pages,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('file_bytes','case_bytes','case_blocks','exhibit_bytes','table_cells','nesting','exhibit_pages','case_exhibit_pages','image_frames','image_pixels','ocr_pages',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'file_bytes\',\'case_bytes\',\'case_blocks\',\'exhibit_bytes\',\'table_cells\',\'nesting\',\'exhibit_pages\',\'case_exhibit_pages\',\'image_frames\',\'image_pixels\',\'ocr_pages\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('file_bytes','case_bytes','case_blocks','exhibit_bytes','table_cells','nesting','exhibit_pages','case_exhibit_pages','image_frames','image_pixels','ocr_pages',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'file_bytes\',\'case_bytes\',\'case_blocks\',\'exhibit_bytes\',\'table_cells\',\'nesting\',\'exhibit_pages\',\'case_exhibit_pages\',\'image_frames\',\'image_pixels\',\'ocr_pages\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.file_bytes,self.case_bytes,self.case_blocks,self.exhibit_bytes,self.table_cells,self.nesting,self.exhibit_pages,self.case_exhibit_pages,self.image_frames,self.image_pixels,self.ocr_pages,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.file_bytes,self.case_bytes,self.case_blocks,self.exhibit_bytes,self.table_cells,self.nesting,self.exhibit_pages,self.case_exhibit_pages,self.image_frames,self.image_pixels,self.ocr_pages,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_add, _type_remove, _type_replace, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_add, _dflt_remove, _dflt_replace, _return_type):
 def __init__(self,add:_type_add=_dflt_add,remove:_type_remove=_dflt_remove,replace:_type_replace=_dflt_replace)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'add',add)
  __dataclass_builtins_object__.__setattr__(self,'remove',remove)
  __dataclass_builtins_object__.__setattr__(self,'replace',replace)
 return __init__


CODE["def __create_fn__(_type_add, _type_remove, _type_replace, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_add, _dflt_remove, _dflt_replace, _return_type):\n def __init__(self,add:_type_add=_dflt_add,remove:_type_remove=_dflt_remove,replace:_type_replace=_dflt_replace)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'add',add)\n  __dataclass_builtins_object__.__setattr__(self,'remove',remove)\n  __dataclass_builtins_object__.__setattr__(self,'replace',replace)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(add={self.add!r}, remove={self.remove!r}, replace={self.replace!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(add={self.add!r}, remove={self.remove!r}, replace={self.replace!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.add,self.remove,self.replace,)==(other.add,other.remove,other.replace,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.add,self.remove,self.replace,)==(other.add,other.remove,other.replace,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('add','remove','replace',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'add\',\'remove\',\'replace\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('add','remove','replace',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'add\',\'remove\',\'replace\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.add,self.remove,self.replace,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.add,self.remove,self.replace,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_disable, _type_severity, _type_poa_max_words, _type_poa_words_per_item, _type_letter_max_words, _type_followup_business_days, _type_max_measures_per_cause, _type_max_paragraph_sentences, _type_similarity_max, _type_invoice_max_age_days, _type_utility_bill_max_age_days, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_disable, _dflt_severity, _dflt_poa_max_words, _dflt_poa_words_per_item, _dflt_letter_max_words, _dflt_followup_business_days, _dflt_max_measures_per_cause, _dflt_max_paragraph_sentences, _dflt_similarity_max, _dflt_invoice_max_age_days, _dflt_utility_bill_max_age_days, _dflt_words, _return_type):
 def __init__(self,disable:_type_disable=_dflt_disable,severity:_type_severity=_HAS_DEFAULT_FACTORY,poa_max_words:_type_poa_max_words=_dflt_poa_max_words,poa_words_per_item:_type_poa_words_per_item=_dflt_poa_words_per_item,letter_max_words:_type_letter_max_words=_dflt_letter_max_words,followup_business_days:_type_followup_business_days=_dflt_followup_business_days,max_measures_per_cause:_type_max_measures_per_cause=_dflt_max_measures_per_cause,max_paragraph_sentences:_type_max_paragraph_sentences=_dflt_max_paragraph_sentences,similarity_max:_type_similarity_max=_dflt_similarity_max,invoice_max_age_days:_type_invoice_max_age_days=_dflt_invoice_max_age_days,utility_bill_max_age_days:_type_utility_bill_max_age_days=_dflt_utility_bill_max_age_days,words:_type_words=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'disable',disable)
  __dataclass_builtins_object__.__setattr__(self,'severity',_dflt_severity() if severity is _HAS_DEFAULT_FACTORY else severity)
  __dataclass_builtins_object__.__setattr__(self,'poa_max_words',poa_max_words)
  __dataclass_builtins_object__.__setattr__(self,'poa_words_per_item',poa_words_per_item)
  __dataclass_builtins_object__.__setattr__(self,'letter_max_words',letter_max_words)
  __dataclass_builtins_object__.__setattr__(self,'followup_business_days',followup_business_days)
  __dataclass_builtins_object__.__setattr__(self,'max_measures_per_cause',max_measures_per_cause)
  __dataclass_builtins_object__.__setattr__(self,'max_paragraph_sentences',max_paragraph_sentences)
  __dataclass_builtins_object__.__setattr__(self,'similarity_max',similarity_max)
  __dataclass_builtins_object__.__setattr__(self,'invoice_max_age_days',invoice_max_age_days)
  __dataclass_builtins_object__.__setattr__(self,'utility_bill_max_age_days',utility_bill_max_age_days)
  __dataclass_builtins_object__.__setattr__(self,'words',_dflt_words() if words is _HAS_DEFAULT_FACTORY else words)
 return __init__


CODE["def __create_fn__(_type_disable, _type_severity, _type_poa_max_words, _type_poa_words_per_item, _type_letter_max_words, _type_followup_business_days, _type_max_measures_per_cause, _type_max_paragraph_sentences, _type_similarity_max, _type_invoice_max_age_days, _type_utility_bill_max_age_days, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_disable, _dflt_severity, _dflt_poa_max_words, _dflt_poa_words_per_item, _dflt_letter_max_words, _dflt_followup_business_days, _dflt_max_measures_per_cause, _dflt_max_paragraph_sentences, _dflt_similarity_max, _dflt_invoice_max_age_days, _dflt_utility_bill_max_age_days, _dflt_words, _return_type):\n def __init__(self,disable:_type_disable=_dflt_disable,severity:_type_severity=_HAS_DEFAULT_FACTORY,poa_max_words:_type_poa_max_words=_dflt_poa_max_words,poa_words_per_item:_type_poa_words_per_item=_dflt_poa_words_per_item,letter_max_words:_type_letter_max_words=_dflt_letter_max_words,followup_business_days:_type_followup_business_days=_dflt_followup_business_days,max_measures_per_cause:_type_max_measures_per_cause=_dflt_max_measures_per_cause,max_paragraph_sentences:_type_max_paragraph_sentences=_dflt_max_paragraph_sentences,similarity_max:_type_similarity_max=_dflt_similarity_max,invoice_max_age_days:_type_invoice_max_age_days=_dflt_invoice_max_age_days,utility_bill_max_age_days:_type_utility_bill_max_age_days=_dflt_utility_bill_max_age_days,words:_type_words=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'disable',disable)\n  __dataclass_builtins_object__.__setattr__(self,'severity',_dflt_severity() if severity is _HAS_DEFAULT_FACTORY else severity)\n  __dataclass_builtins_object__.__setattr__(self,'poa_max_words',poa_max_words)\n  __dataclass_builtins_object__.__setattr__(self,'poa_words_per_item',poa_words_per_item)\n  __dataclass_builtins_object__.__setattr__(self,'letter_max_words',letter_max_words)\n  __dataclass_builtins_object__.__setattr__(self,'followup_business_days',followup_business_days)\n  __dataclass_builtins_object__.__setattr__(self,'max_measures_per_cause',max_measures_per_cause)\n  __dataclass_builtins_object__.__setattr__(self,'max_paragraph_sentences',max_paragraph_sentences)\n  __dataclass_builtins_object__.__setattr__(self,'similarity_max',similarity_max)\n  __dataclass_builtins_object__.__setattr__(self,'invoice_max_age_days',invoice_max_age_days)\n  __dataclass_builtins_object__.__setattr__(self,'utility_bill_max_age_days',utility_bill_max_age_days)\n  __dataclass_builtins_object__.__setattr__(self,'words',_dflt_words() if words is _HAS_DEFAULT_FACTORY else words)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(disable={self.disable!r}, severity={self.severity!r}, poa_max_words={self.poa_max_words!r}, poa_words_per_item={self.poa_words_per_item!r}, letter_max_words={self.letter_max_words!r}, followup_business_days={self.followup_business_days!r}, max_measures_per_cause={self.max_measures_per_cause!r}, max_paragraph_sentences={self.max_paragraph_sentences!r}, similarity_max={self.similarity_max!r}, invoice_max_age_days={self.invoice_max_age_days!r}, utility_bill_max_age_days={self.utility_bill_max_age_days!r}, words={self.words!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(disable={self.disable!r}, severity={self.severity!r}, poa_max_words={self.poa_max_words!r}, poa_words_per_item={self.poa_words_per_item!r}, letter_max_words={self.letter_max_words!r}, followup_business_days={self.followup_business_days!r}, max_measures_per_cause={self.max_measures_per_cause!r}, max_paragraph_sentences={self.max_paragraph_sentences!r}, similarity_max={self.similarity_max!r}, invoice_max_age_days={self.invoice_max_age_days!r}, utility_bill_max_age_days={self.utility_bill_max_age_days!r}, words={self.words!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.disable,self.severity,self.poa_max_words,self.poa_words_per_item,self.letter_max_words,self.followup_business_days,self.max_measures_per_cause,self.max_paragraph_sentences,self.similarity_max,self.invoice_max_age_days,self.utility_bill_max_age_days,self.words,)==(other.disable,other.severity,other.poa_max_words,other.poa_words_per_item,other.letter_max_words,other.followup_business_days,other.max_measures_per_cause,other.max_paragraph_sentences,other.similarity_max,other.invoice_max_age_days,other.utility_bill_max_age_days,other.words,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.disable,self.severity,self.poa_max_words,self.poa_words_per_item,self.letter_max_words,self.followup_business_days,self.max_measures_per_cause,self.max_paragraph_sentences,self.similarity_max,self.invoice_max_age_days,self.utility_bill_max_age_days,self.words,)==(other.disable,other.severity,other.poa_max_words,other.poa_words_per_item,other.letter_max_words,other.followup_business_days,other.max_measures_per_cause,other.max_paragraph_sentences,other.similarity_max,other.invoice_max_age_days,other.utility_bill_max_age_days,other.words,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('disable','severity','poa_max_words','poa_words_per_item','letter_max_words','followup_business_days','max_measures_per_cause','max_paragraph_sentences','similarity_max','invoice_max_age_days','utility_bill_max_age_days','words',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'disable\',\'severity\',\'poa_max_words\',\'poa_words_per_item\',\'letter_max_words\',\'followup_business_days\',\'max_measures_per_cause\',\'max_paragraph_sentences\',\'similarity_max\',\'invoice_max_age_days\',\'utility_bill_max_age_days\',\'words\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('disable','severity','poa_max_words','poa_words_per_item','letter_max_words','followup_business_days','max_measures_per_cause','max_paragraph_sentences','similarity_max','invoice_max_age_days','utility_bill_max_age_days','words',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'disable\',\'severity\',\'poa_max_words\',\'poa_words_per_item\',\'letter_max_words\',\'followup_business_days\',\'max_measures_per_cause\',\'max_paragraph_sentences\',\'similarity_max\',\'invoice_max_age_days\',\'utility_bill_max_age_days\',\'words\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.disable,self.severity,self.poa_max_words,self.poa_words_per_item,self.letter_max_words,self.followup_business_days,self.max_measures_per_cause,self.max_paragraph_sentences,self.similarity_max,self.invoice_max_age_days,self.utility_bill_max_age_days,self.words,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.disable,self.severity,self.poa_max_words,self.poa_words_per_item,self.letter_max_words,self.followup_business_days,self.max_measures_per_cause,self.max_paragraph_sentences,self.similarity_max,self.invoice_max_age_days,self.utility_bill_max_age_days,self.words,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_max_mb, _type_image_max_dpi, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_mb, _dflt_image_max_dpi, _return_type):
 def __init__(self,max_mb:_type_max_mb=_dflt_max_mb,image_max_dpi:_type_image_max_dpi=_dflt_image_max_dpi)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'max_mb',max_mb)
  __dataclass_builtins_object__.__setattr__(self,'image_max_dpi',image_max_dpi)
 return __init__


CODE["def __create_fn__(_type_max_mb, _type_image_max_dpi, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_mb, _dflt_image_max_dpi, _return_type):\n def __init__(self,max_mb:_type_max_mb=_dflt_max_mb,image_max_dpi:_type_image_max_dpi=_dflt_image_max_dpi)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'max_mb',max_mb)\n  __dataclass_builtins_object__.__setattr__(self,'image_max_dpi',image_max_dpi)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(max_mb={self.max_mb!r}, image_max_dpi={self.image_max_dpi!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(max_mb={self.max_mb!r}, image_max_dpi={self.image_max_dpi!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.max_mb,self.image_max_dpi,)==(other.max_mb,other.image_max_dpi,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.max_mb,self.image_max_dpi,)==(other.max_mb,other.image_max_dpi,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('max_mb','image_max_dpi',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'max_mb\',\'image_max_dpi\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('max_mb','image_max_dpi',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'max_mb\',\'image_max_dpi\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.max_mb,self.image_max_dpi,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.max_mb,self.image_max_dpi,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_to, _type_attach_bundle, _type_max_attachment_mb, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_to, _dflt_attach_bundle, _dflt_max_attachment_mb, _return_type):
 def __init__(self,to:_type_to=_HAS_DEFAULT_FACTORY,attach_bundle:_type_attach_bundle=_dflt_attach_bundle,max_attachment_mb:_type_max_attachment_mb=_dflt_max_attachment_mb)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'to',_dflt_to() if to is _HAS_DEFAULT_FACTORY else to)
  __dataclass_builtins_object__.__setattr__(self,'attach_bundle',attach_bundle)
  __dataclass_builtins_object__.__setattr__(self,'max_attachment_mb',max_attachment_mb)
 return __init__


CODE["def __create_fn__(_type_to, _type_attach_bundle, _type_max_attachment_mb, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_to, _dflt_attach_bundle, _dflt_max_attachment_mb, _return_type):\n def __init__(self,to:_type_to=_HAS_DEFAULT_FACTORY,attach_bundle:_type_attach_bundle=_dflt_attach_bundle,max_attachment_mb:_type_max_attachment_mb=_dflt_max_attachment_mb)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'to',_dflt_to() if to is _HAS_DEFAULT_FACTORY else to)\n  __dataclass_builtins_object__.__setattr__(self,'attach_bundle',attach_bundle)\n  __dataclass_builtins_object__.__setattr__(self,'max_attachment_mb',max_attachment_mb)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(to={self.to!r}, attach_bundle={self.attach_bundle!r}, max_attachment_mb={self.max_attachment_mb!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(to={self.to!r}, attach_bundle={self.attach_bundle!r}, max_attachment_mb={self.max_attachment_mb!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.to,self.attach_bundle,self.max_attachment_mb,)==(other.to,other.attach_bundle,other.max_attachment_mb,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.to,self.attach_bundle,self.max_attachment_mb,)==(other.to,other.attach_bundle,other.max_attachment_mb,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('to','attach_bundle','max_attachment_mb',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'to\',\'attach_bundle\',\'max_attachment_mb\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('to','attach_bundle','max_attachment_mb',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'to\',\'attach_bundle\',\'max_attachment_mb\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.to,self.attach_bundle,self.max_attachment_mb,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.to,self.attach_bundle,self.max_attachment_mb,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_section_limits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_section_limits, _return_type):
 def __init__(self,section_limits:_type_section_limits=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'section_limits',_dflt_section_limits() if section_limits is _HAS_DEFAULT_FACTORY else section_limits)
 return __init__


CODE["def __create_fn__(_type_section_limits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_section_limits, _return_type):\n def __init__(self,section_limits:_type_section_limits=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'section_limits',_dflt_section_limits() if section_limits is _HAS_DEFAULT_FACTORY else section_limits)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(section_limits={self.section_limits!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(section_limits={self.section_limits!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.section_limits,)==(other.section_limits,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.section_limits,)==(other.section_limits,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('section_limits',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'section_limits\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('section_limits',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'section_limits\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.section_limits,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.section_limits,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_root, _type_content, _type_output, _type_theme, _type_strict, _type_paper, _type_date_style, _type_language, _type_allow_html, _type_highlight_ids, _type_max_file_bytes, _type_limits, _type_templates, _type_extensions, _type_checks, _type_pdf, _type_email, _type_text, _type_bundle_redline, _type_path, _type_marks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_theme, _dflt_strict, _dflt_paper, _dflt_date_style, _dflt_language, _dflt_allow_html, _dflt_highlight_ids, _dflt_max_file_bytes, _dflt_limits, _dflt_templates, _dflt_extensions, _dflt_checks, _dflt_pdf, _dflt_email, _dflt_text, _dflt_bundle_redline, _dflt_path, _dflt_marks, _return_type):
 def __init__(self,root:_type_root,content:_type_content,output:_type_output,theme:_type_theme=_dflt_theme,strict:_type_strict=_dflt_strict,paper:_type_paper=_dflt_paper,date_style:_type_date_style=_dflt_date_style,language:_type_language=_dflt_language,allow_html:_type_allow_html=_dflt_allow_html,highlight_ids:_type_highlight_ids=_dflt_highlight_ids,max_file_bytes:_type_max_file_bytes=_dflt_max_file_bytes,limits:_type_limits=_HAS_DEFAULT_FACTORY,templates:_type_templates=_dflt_templates,extensions:_type_extensions=_dflt_extensions,checks:_type_checks=_HAS_DEFAULT_FACTORY,pdf:_type_pdf=_HAS_DEFAULT_FACTORY,email:_type_email=_HAS_DEFAULT_FACTORY,text:_type_text=_HAS_DEFAULT_FACTORY,bundle_redline:_type_bundle_redline=_dflt_bundle_redline,path:_type_path=_dflt_path,marks:_type_marks=_dflt_marks)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'content',content)
  __dataclass_builtins_object__.__setattr__(self,'output',output)
  __dataclass_builtins_object__.__setattr__(self,'theme',theme)
  __dataclass_builtins_object__.__setattr__(self,'strict',strict)
  __dataclass_builtins_object__.__setattr__(self,'paper',paper)
  __dataclass_builtins_object__.__setattr__(self,'date_style',date_style)
  __dataclass_builtins_object__.__setattr__(self,'language',language)
  __dataclass_builtins_object__.__setattr__(self,'allow_html',allow_html)
  __dataclass_builtins_object__.__setattr__(self,'highlight_ids',highlight_ids)
  __dataclass_builtins_object__.__setattr__(self,'max_file_bytes',max_file_bytes)
  __dataclass_builtins_object__.__setattr__(self,'limits',_dflt_limits() if limits is _HAS_DEFAULT_FACTORY else limits)
  __dataclass_builtins_object__.__setattr__(self,'templates',templates)
  __dataclass_builtins_object__.__setattr__(self,'extensions',extensions)
  __dataclass_builtins_object__.__setattr__(self,'checks',_dflt_checks() if checks is _HAS_DEFAULT_FACTORY else checks)
  __dataclass_builtins_object__.__setattr__(self,'pdf',_dflt_pdf() if pdf is _HAS_DEFAULT_FACTORY else pdf)
  __dataclass_builtins_object__.__setattr__(self,'email',_dflt_email() if email is _HAS_DEFAULT_FACTORY else email)
  __dataclass_builtins_object__.__setattr__(self,'text',_dflt_text() if text is _HAS_DEFAULT_FACTORY else text)
  __dataclass_builtins_object__.__setattr__(self,'bundle_redline',bundle_redline)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'marks',marks)
 return __init__


CODE["def __create_fn__(_type_root, _type_content, _type_output, _type_theme, _type_strict, _type_paper, _type_date_style, _type_language, _type_allow_html, _type_highlight_ids, _type_max_file_bytes, _type_limits, _type_templates, _type_extensions, _type_checks, _type_pdf, _type_email, _type_text, _type_bundle_redline, _type_path, _type_marks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_theme, _dflt_strict, _dflt_paper, _dflt_date_style, _dflt_language, _dflt_allow_html, _dflt_highlight_ids, _dflt_max_file_bytes, _dflt_limits, _dflt_templates, _dflt_extensions, _dflt_checks, _dflt_pdf, _dflt_email, _dflt_text, _dflt_bundle_redline, _dflt_path, _dflt_marks, _return_type):\n def __init__(self,root:_type_root,content:_type_content,output:_type_output,theme:_type_theme=_dflt_theme,strict:_type_strict=_dflt_strict,paper:_type_paper=_dflt_paper,date_style:_type_date_style=_dflt_date_style,language:_type_language=_dflt_language,allow_html:_type_allow_html=_dflt_allow_html,highlight_ids:_type_highlight_ids=_dflt_highlight_ids,max_file_bytes:_type_max_file_bytes=_dflt_max_file_bytes,limits:_type_limits=_HAS_DEFAULT_FACTORY,templates:_type_templates=_dflt_templates,extensions:_type_extensions=_dflt_extensions,checks:_type_checks=_HAS_DEFAULT_FACTORY,pdf:_type_pdf=_HAS_DEFAULT_FACTORY,email:_type_email=_HAS_DEFAULT_FACTORY,text:_type_text=_HAS_DEFAULT_FACTORY,bundle_redline:_type_bundle_redline=_dflt_bundle_redline,path:_type_path=_dflt_path,marks:_type_marks=_dflt_marks)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'root',root)\n  __dataclass_builtins_object__.__setattr__(self,'content',content)\n  __dataclass_builtins_object__.__setattr__(self,'output',output)\n  __dataclass_builtins_object__.__setattr__(self,'theme',theme)\n  __dataclass_builtins_object__.__setattr__(self,'strict',strict)\n  __dataclass_builtins_object__.__setattr__(self,'paper',paper)\n  __dataclass_builtins_object__.__setattr__(self,'date_style',date_style)\n  __dataclass_builtins_object__.__setattr__(self,'language',language)\n  __dataclass_builtins_object__.__setattr__(self,'allow_html',allow_html)\n  __dataclass_builtins_object__.__setattr__(self,'highlight_ids',highlight_ids)\n  __dataclass_builtins_object__.__setattr__(self,'max_file_bytes',max_file_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'limits',_dflt_limits() if limits is _HAS_DEFAULT_FACTORY else limits)\n  __dataclass_builtins_object__.__setattr__(self,'templates',templates)\n  __dataclass_builtins_object__.__setattr__(self,'extensions',extensions)\n  __dataclass_builtins_object__.__setattr__(self,'checks',_dflt_checks() if checks is _HAS_DEFAULT_FACTORY else checks)\n  __dataclass_builtins_object__.__setattr__(self,'pdf',_dflt_pdf() if pdf is _HAS_DEFAULT_FACTORY else pdf)\n  __dataclass_builtins_object__.__setattr__(self,'email',_dflt_email() if email is _HAS_DEFAULT_FACTORY else email)\n  __dataclass_builtins_object__.__setattr__(self,'text',_dflt_text() if text is _HAS_DEFAULT_FACTORY else text)\n  __dataclass_builtins_object__.__setattr__(self,'bundle_redline',bundle_redline)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'marks',marks)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, content={self.content!r}, output={self.output!r}, theme={self.theme!r}, strict={self.strict!r}, paper={self.paper!r}, date_style={self.date_style!r}, language={self.language!r}, allow_html={self.allow_html!r}, highlight_ids={self.highlight_ids!r}, max_file_bytes={self.max_file_bytes!r}, limits={self.limits!r}, templates={self.templates!r}, extensions={self.extensions!r}, checks={self.checks!r}, pdf={self.pdf!r}, email={self.email!r}, text={self.text!r}, bundle_redline={self.bundle_redline!r}, path={self.path!r}, marks={self.marks!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(root={self.root!r}, content={self.content!r}, output={self.output!r}, theme={self.theme!r}, strict={self.strict!r}, paper={self.paper!r}, date_style={self.date_style!r}, language={self.language!r}, allow_html={self.allow_html!r}, highlight_ids={self.highlight_ids!r}, max_file_bytes={self.max_file_bytes!r}, limits={self.limits!r}, templates={self.templates!r}, extensions={self.extensions!r}, checks={self.checks!r}, pdf={self.pdf!r}, email={self.email!r}, text={self.text!r}, bundle_redline={self.bundle_redline!r}, path={self.path!r}, marks={self.marks!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.content,self.output,self.theme,self.strict,self.paper,self.date_style,self.language,self.allow_html,self.highlight_ids,self.max_file_bytes,self.limits,self.templates,self.extensions,self.checks,self.pdf,self.email,self.text,self.bundle_redline,self.path,self.marks,)==(other.root,other.content,other.output,other.theme,other.strict,other.paper,other.date_style,other.language,other.allow_html,other.highlight_ids,other.max_file_bytes,other.limits,other.templates,other.extensions,other.checks,other.pdf,other.email,other.text,other.bundle_redline,other.path,other.marks,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.root,self.content,self.output,self.theme,self.strict,self.paper,self.date_style,self.language,self.allow_html,self.highlight_ids,self.max_file_bytes,self.limits,self.templates,self.extensions,self.checks,self.pdf,self.email,self.text,self.bundle_redline,self.path,self.marks,)==(other.root,other.content,other.output,other.theme,other.strict,other.paper,other.date_style,other.language,other.allow_html,other.highlight_ids,other.max_file_bytes,other.limits,other.templates,other.extensions,other.checks,other.pdf,other.email,other.text,other.bundle_redline,other.path,other.marks,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('root','content','output','theme','strict','paper','date_style','language','allow_html','highlight_ids','max_file_bytes','limits','templates','extensions','checks','pdf','email','text','bundle_redline','path','marks',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'root\',\'content\',\'output\',\'theme\',\'strict\',\'paper\',\'date_style\',\'language\',\'allow_html\',\'highlight_ids\',\'max_file_bytes\',\'limits\',\'templates\',\'extensions\',\'checks\',\'pdf\',\'email\',\'text\',\'bundle_redline\',\'path\',\'marks\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('root','content','output','theme','strict','paper','date_style','language','allow_html','highlight_ids','max_file_bytes','limits','templates','extensions','checks','pdf','email','text','bundle_redline','path','marks',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'root\',\'content\',\'output\',\'theme\',\'strict\',\'paper\',\'date_style\',\'language\',\'allow_html\',\'highlight_ids\',\'max_file_bytes\',\'limits\',\'templates\',\'extensions\',\'checks\',\'pdf\',\'email\',\'text\',\'bundle_redline\',\'path\',\'marks\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.root,self.content,self.output,self.theme,self.strict,self.paper,self.date_style,self.language,self.allow_html,self.highlight_ids,self.max_file_bytes,self.limits,self.templates,self.extensions,self.checks,self.pdf,self.email,self.text,self.bundle_redline,self.path,self.marks,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.root,self.content,self.output,self.theme,self.strict,self.paper,self.date_style,self.language,self.allow_html,self.highlight_ids,self.max_file_bytes,self.limits,self.templates,self.extensions,self.checks,self.pdf,self.email,self.text,self.bundle_redline,self.path,self.marks,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_rel, _type_marks, _type_body_line, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body_line, _dflt_digest, _return_type):
 def __init__(self,rel:_type_rel,marks:_type_marks,body_line:_type_body_line=_dflt_body_line,digest:_type_digest=_dflt_digest)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rel',rel)
  __dataclass_builtins_object__.__setattr__(self,'marks',marks)
  __dataclass_builtins_object__.__setattr__(self,'body_line',body_line)
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
 return __init__


CODE["def __create_fn__(_type_rel, _type_marks, _type_body_line, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body_line, _dflt_digest, _return_type):\n def __init__(self,rel:_type_rel,marks:_type_marks,body_line:_type_body_line=_dflt_body_line,digest:_type_digest=_dflt_digest)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rel',rel)\n  __dataclass_builtins_object__.__setattr__(self,'marks',marks)\n  __dataclass_builtins_object__.__setattr__(self,'body_line',body_line)\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rel={self.rel!r}, marks={self.marks!r}, body_line={self.body_line!r}, digest={self.digest!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rel={self.rel!r}, marks={self.marks!r}, body_line={self.body_line!r}, digest={self.digest!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rel,self.marks,self.body_line,self.digest,)==(other.rel,other.marks,other.body_line,other.digest,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rel,self.marks,self.body_line,self.digest,)==(other.rel,other.marks,other.body_line,other.digest,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rel','marks','body_line','digest',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rel\',\'marks\',\'body_line\',\'digest\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rel','marks','body_line','digest',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rel\',\'marks\',\'body_line\',\'digest\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.rel,self.marks,self.body_line,self.digest,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rel,self.marks,self.body_line,self.digest,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_title, _type_phone, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _dflt_phone, _return_type):
 def __init__(self,name:_type_name,title:_type_title=_dflt_title,phone:_type_phone=_dflt_phone)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'phone',phone)
 return __init__


CODE["def __create_fn__(_type_name, _type_title, _type_phone, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _dflt_phone, _return_type):\n def __init__(self,name:_type_name,title:_type_title=_dflt_title,phone:_type_phone=_dflt_phone)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'phone',phone)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, title={self.title!r}, phone={self.phone!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, title={self.title!r}, phone={self.phone!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.title,self.phone,)==(other.name,other.title,other.phone,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.title,self.phone,)==(other.name,other.title,other.phone,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','title','phone',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'title\',\'phone\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','title','phone',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'title\',\'phone\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.title,self.phone,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.title,self.phone,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_legal_name, _type_store_name, _type_merchant_token, _type_email, _type_address, _type_contact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_address, _dflt_contact, _return_type):
 def __init__(self,legal_name:_type_legal_name,store_name:_type_store_name,merchant_token:_type_merchant_token,email:_type_email,address:_type_address=_dflt_address,contact:_type_contact=_dflt_contact)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'legal_name',legal_name)
  __dataclass_builtins_object__.__setattr__(self,'store_name',store_name)
  __dataclass_builtins_object__.__setattr__(self,'merchant_token',merchant_token)
  __dataclass_builtins_object__.__setattr__(self,'email',email)
  __dataclass_builtins_object__.__setattr__(self,'address',address)
  __dataclass_builtins_object__.__setattr__(self,'contact',contact)
 return __init__


CODE["def __create_fn__(_type_legal_name, _type_store_name, _type_merchant_token, _type_email, _type_address, _type_contact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_address, _dflt_contact, _return_type):\n def __init__(self,legal_name:_type_legal_name,store_name:_type_store_name,merchant_token:_type_merchant_token,email:_type_email,address:_type_address=_dflt_address,contact:_type_contact=_dflt_contact)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'legal_name',legal_name)\n  __dataclass_builtins_object__.__setattr__(self,'store_name',store_name)\n  __dataclass_builtins_object__.__setattr__(self,'merchant_token',merchant_token)\n  __dataclass_builtins_object__.__setattr__(self,'email',email)\n  __dataclass_builtins_object__.__setattr__(self,'address',address)\n  __dataclass_builtins_object__.__setattr__(self,'contact',contact)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(legal_name={self.legal_name!r}, store_name={self.store_name!r}, merchant_token={self.merchant_token!r}, email={self.email!r}, address={self.address!r}, contact={self.contact!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(legal_name={self.legal_name!r}, store_name={self.store_name!r}, merchant_token={self.merchant_token!r}, email={self.email!r}, address={self.address!r}, contact={self.contact!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.legal_name,self.store_name,self.merchant_token,self.email,self.address,self.contact,)==(other.legal_name,other.store_name,other.merchant_token,other.email,other.address,other.contact,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.legal_name,self.store_name,self.merchant_token,self.email,self.address,self.contact,)==(other.legal_name,other.store_name,other.merchant_token,other.email,other.address,other.contact,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('legal_name','store_name','merchant_token','email','address','contact',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'legal_name\',\'store_name\',\'merchant_token\',\'email\',\'address\',\'contact\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('legal_name','store_name','merchant_token','email','address','contact',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'legal_name\',\'store_name\',\'merchant_token\',\'email\',\'address\',\'contact\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.legal_name,self.store_name,self.merchant_token,self.email,self.address,self.contact,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.legal_name,self.store_name,self.merchant_token,self.email,self.address,self.contact,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_value, _type_target, _type_window, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_target, _dflt_window, _return_type):
 def __init__(self,name:_type_name,value:_type_value,target:_type_target=_dflt_target,window:_type_window=_dflt_window)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'window',window)
 return __init__


CODE["def __create_fn__(_type_name, _type_value, _type_target, _type_window, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_target, _dflt_window, _return_type):\n def __init__(self,name:_type_name,value:_type_value,target:_type_target=_dflt_target,window:_type_window=_dflt_window)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'window',window)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, value={self.value!r}, target={self.target!r}, window={self.window!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, value={self.value!r}, target={self.target!r}, window={self.window!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.value,self.target,self.window,)==(other.name,other.value,other.target,other.window,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.value,self.target,self.window,)==(other.name,other.value,other.target,other.window,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','value','target','window',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'value\',\'target\',\'window\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','value','target','window',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'value\',\'target\',\'window\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.value,self.target,self.window,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.value,self.target,self.window,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_type, _type_notice_date, _type_policy, _type_notice, _type_asins, _type_orders, _type_complaint_ids, _type_deadline, _type_metrics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_policy, _dflt_notice, _dflt_asins, _dflt_orders, _dflt_complaint_ids, _dflt_deadline, _dflt_metrics, _return_type):
 def __init__(self,type:_type_type,notice_date:_type_notice_date,policy:_type_policy=_dflt_policy,notice:_type_notice=_dflt_notice,asins:_type_asins=_dflt_asins,orders:_type_orders=_dflt_orders,complaint_ids:_type_complaint_ids=_dflt_complaint_ids,deadline:_type_deadline=_dflt_deadline,metrics:_type_metrics=_dflt_metrics)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'notice_date',notice_date)
  __dataclass_builtins_object__.__setattr__(self,'policy',policy)
  __dataclass_builtins_object__.__setattr__(self,'notice',notice)
  __dataclass_builtins_object__.__setattr__(self,'asins',asins)
  __dataclass_builtins_object__.__setattr__(self,'orders',orders)
  __dataclass_builtins_object__.__setattr__(self,'complaint_ids',complaint_ids)
  __dataclass_builtins_object__.__setattr__(self,'deadline',deadline)
  __dataclass_builtins_object__.__setattr__(self,'metrics',metrics)
 return __init__


CODE["def __create_fn__(_type_type, _type_notice_date, _type_policy, _type_notice, _type_asins, _type_orders, _type_complaint_ids, _type_deadline, _type_metrics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_policy, _dflt_notice, _dflt_asins, _dflt_orders, _dflt_complaint_ids, _dflt_deadline, _dflt_metrics, _return_type):\n def __init__(self,type:_type_type,notice_date:_type_notice_date,policy:_type_policy=_dflt_policy,notice:_type_notice=_dflt_notice,asins:_type_asins=_dflt_asins,orders:_type_orders=_dflt_orders,complaint_ids:_type_complaint_ids=_dflt_complaint_ids,deadline:_type_deadline=_dflt_deadline,metrics:_type_metrics=_dflt_metrics)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'notice_date',notice_date)\n  __dataclass_builtins_object__.__setattr__(self,'policy',policy)\n  __dataclass_builtins_object__.__setattr__(self,'notice',notice)\n  __dataclass_builtins_object__.__setattr__(self,'asins',asins)\n  __dataclass_builtins_object__.__setattr__(self,'orders',orders)\n  __dataclass_builtins_object__.__setattr__(self,'complaint_ids',complaint_ids)\n  __dataclass_builtins_object__.__setattr__(self,'deadline',deadline)\n  __dataclass_builtins_object__.__setattr__(self,'metrics',metrics)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(type={self.type!r}, notice_date={self.notice_date!r}, policy={self.policy!r}, notice={self.notice!r}, asins={self.asins!r}, orders={self.orders!r}, complaint_ids={self.complaint_ids!r}, deadline={self.deadline!r}, metrics={self.metrics!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(type={self.type!r}, notice_date={self.notice_date!r}, policy={self.policy!r}, notice={self.notice!r}, asins={self.asins!r}, orders={self.orders!r}, complaint_ids={self.complaint_ids!r}, deadline={self.deadline!r}, metrics={self.metrics!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.type,self.notice_date,self.policy,self.notice,self.asins,self.orders,self.complaint_ids,self.deadline,self.metrics,)==(other.type,other.notice_date,other.policy,other.notice,other.asins,other.orders,other.complaint_ids,other.deadline,other.metrics,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.type,self.notice_date,self.policy,self.notice,self.asins,self.orders,self.complaint_ids,self.deadline,self.metrics,)==(other.type,other.notice_date,other.policy,other.notice,other.asins,other.orders,other.complaint_ids,other.deadline,other.metrics,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('type','notice_date','policy','notice','asins','orders','complaint_ids','deadline','metrics',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'type\',\'notice_date\',\'policy\',\'notice\',\'asins\',\'orders\',\'complaint_ids\',\'deadline\',\'metrics\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('type','notice_date','policy','notice','asins','orders','complaint_ids','deadline','metrics',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'type\',\'notice_date\',\'policy\',\'notice\',\'asins\',\'orders\',\'complaint_ids\',\'deadline\',\'metrics\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.type,self.notice_date,self.policy,self.notice,self.asins,self.orders,self.complaint_ids,self.deadline,self.metrics,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.type,self.notice_date,self.policy,self.notice,self.asins,self.orders,self.complaint_ids,self.deadline,self.metrics,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_index, _type_date, _type_channel, _type_case_ids, _type_outcome, _type_reply_date, _type_reply, _type_snapshot, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_channel, _dflt_case_ids, _dflt_outcome, _dflt_reply_date, _dflt_reply, _dflt_snapshot, _return_type):
 def __init__(self,index:_type_index,date:_type_date,channel:_type_channel=_dflt_channel,case_ids:_type_case_ids=_dflt_case_ids,outcome:_type_outcome=_dflt_outcome,reply_date:_type_reply_date=_dflt_reply_date,reply:_type_reply=_dflt_reply,snapshot:_type_snapshot=_dflt_snapshot)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'channel',channel)
  __dataclass_builtins_object__.__setattr__(self,'case_ids',case_ids)
  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)
  __dataclass_builtins_object__.__setattr__(self,'reply_date',reply_date)
  __dataclass_builtins_object__.__setattr__(self,'reply',reply)
  __dataclass_builtins_object__.__setattr__(self,'snapshot',snapshot)
 return __init__


CODE["def __create_fn__(_type_index, _type_date, _type_channel, _type_case_ids, _type_outcome, _type_reply_date, _type_reply, _type_snapshot, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_channel, _dflt_case_ids, _dflt_outcome, _dflt_reply_date, _dflt_reply, _dflt_snapshot, _return_type):\n def __init__(self,index:_type_index,date:_type_date,channel:_type_channel=_dflt_channel,case_ids:_type_case_ids=_dflt_case_ids,outcome:_type_outcome=_dflt_outcome,reply_date:_type_reply_date=_dflt_reply_date,reply:_type_reply=_dflt_reply,snapshot:_type_snapshot=_dflt_snapshot)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'channel',channel)\n  __dataclass_builtins_object__.__setattr__(self,'case_ids',case_ids)\n  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)\n  __dataclass_builtins_object__.__setattr__(self,'reply_date',reply_date)\n  __dataclass_builtins_object__.__setattr__(self,'reply',reply)\n  __dataclass_builtins_object__.__setattr__(self,'snapshot',snapshot)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(index={self.index!r}, date={self.date!r}, channel={self.channel!r}, case_ids={self.case_ids!r}, outcome={self.outcome!r}, reply_date={self.reply_date!r}, reply={self.reply!r}, snapshot={self.snapshot!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(index={self.index!r}, date={self.date!r}, channel={self.channel!r}, case_ids={self.case_ids!r}, outcome={self.outcome!r}, reply_date={self.reply_date!r}, reply={self.reply!r}, snapshot={self.snapshot!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.index,self.date,self.channel,self.case_ids,self.outcome,self.reply_date,self.reply,self.snapshot,)==(other.index,other.date,other.channel,other.case_ids,other.outcome,other.reply_date,other.reply,other.snapshot,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.index,self.date,self.channel,self.case_ids,self.outcome,self.reply_date,self.reply,self.snapshot,)==(other.index,other.date,other.channel,other.case_ids,other.outcome,other.reply_date,other.reply,other.snapshot,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('index','date','channel','case_ids','outcome','reply_date','reply','snapshot',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'index\',\'date\',\'channel\',\'case_ids\',\'outcome\',\'reply_date\',\'reply\',\'snapshot\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('index','date','channel','case_ids','outcome','reply_date','reply','snapshot',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'index\',\'date\',\'channel\',\'case_ids\',\'outcome\',\'reply_date\',\'reply\',\'snapshot\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.index,self.date,self.channel,self.case_ids,self.outcome,self.reply_date,self.reply,self.snapshot,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.index,self.date,self.channel,self.case_ids,self.outcome,self.reply_date,self.reply,self.snapshot,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _return_type):
 def __init__(self,name:_type_name,title:_type_title=_dflt_title)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
 return __init__


CODE["def __create_fn__(_type_name, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_title, _return_type):\n def __init__(self,name:_type_name,title:_type_title=_dflt_title)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, title={self.title!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, title={self.title!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.title,)==(other.name,other.title,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.title,)==(other.name,other.title,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','title',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'title\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','title',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'title\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.title,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.title,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _return_type):
 def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
 return __init__


CODE["def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _return_type):\n def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'order',order)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, _type_evidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _dflt_evidence, _return_type):
 def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore,evidence:_type_evidence=_dflt_evidence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)
 return __init__


CODE["def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, _type_evidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _dflt_evidence, _return_type):\n def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore,evidence:_type_evidence=_dflt_evidence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'order',order)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r}, evidence={self.evidence!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r}, evidence={self.evidence!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.evidence,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,other.evidence,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.evidence,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,other.evidence,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore','evidence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',\'evidence\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore','evidence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',\'evidence\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.evidence,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.evidence,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, _type_addresses, _type_date, _type_evidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _dflt_addresses, _dflt_date, _dflt_evidence, _return_type):
 def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore,addresses:_type_addresses=_dflt_addresses,date:_type_date=_dflt_date,evidence:_type_evidence=_dflt_evidence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
  __dataclass_builtins_object__.__setattr__(self,'addresses',addresses)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)
 return __init__


CODE["def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, _type_addresses, _type_date, _type_evidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _dflt_addresses, _dflt_date, _dflt_evidence, _return_type):\n def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore,addresses:_type_addresses=_dflt_addresses,date:_type_date=_dflt_date,evidence:_type_evidence=_dflt_evidence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'order',order)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n  __dataclass_builtins_object__.__setattr__(self,'addresses',addresses)\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r}, addresses={self.addresses!r}, date={self.date!r}, evidence={self.evidence!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r}, addresses={self.addresses!r}, date={self.date!r}, evidence={self.evidence!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.addresses,self.date,self.evidence,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,other.addresses,other.date,other.evidence,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.addresses,self.date,self.evidence,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,other.addresses,other.date,other.evidence,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore','addresses','date','evidence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',\'addresses\',\'date\',\'evidence\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore','addresses','date','evidence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',\'addresses\',\'date\',\'evidence\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.addresses,self.date,self.evidence,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.addresses,self.date,self.evidence,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, _type_addresses, _type_starts, _type_owner, _type_cadence, _type_evidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _dflt_addresses, _dflt_starts, _dflt_owner, _dflt_cadence, _dflt_evidence, _return_type):
 def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore,addresses:_type_addresses=_dflt_addresses,starts:_type_starts=_dflt_starts,owner:_type_owner=_dflt_owner,cadence:_type_cadence=_dflt_cadence,evidence:_type_evidence=_dflt_evidence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
  __dataclass_builtins_object__.__setattr__(self,'addresses',addresses)
  __dataclass_builtins_object__.__setattr__(self,'starts',starts)
  __dataclass_builtins_object__.__setattr__(self,'owner',owner)
  __dataclass_builtins_object__.__setattr__(self,'cadence',cadence)
  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)
 return __init__


CODE["def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, _type_addresses, _type_starts, _type_owner, _type_cadence, _type_evidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _dflt_addresses, _dflt_starts, _dflt_owner, _dflt_cadence, _dflt_evidence, _return_type):\n def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore,addresses:_type_addresses=_dflt_addresses,starts:_type_starts=_dflt_starts,owner:_type_owner=_dflt_owner,cadence:_type_cadence=_dflt_cadence,evidence:_type_evidence=_dflt_evidence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'order',order)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n  __dataclass_builtins_object__.__setattr__(self,'addresses',addresses)\n  __dataclass_builtins_object__.__setattr__(self,'starts',starts)\n  __dataclass_builtins_object__.__setattr__(self,'owner',owner)\n  __dataclass_builtins_object__.__setattr__(self,'cadence',cadence)\n  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r}, addresses={self.addresses!r}, starts={self.starts!r}, owner={self.owner!r}, cadence={self.cadence!r}, evidence={self.evidence!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r}, addresses={self.addresses!r}, starts={self.starts!r}, owner={self.owner!r}, cadence={self.cadence!r}, evidence={self.evidence!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.addresses,self.starts,self.owner,self.cadence,self.evidence,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,other.addresses,other.starts,other.owner,other.cadence,other.evidence,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.addresses,self.starts,self.owner,self.cadence,self.evidence,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,other.addresses,other.starts,other.owner,other.cadence,other.evidence,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore','addresses','starts','owner','cadence','evidence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',\'addresses\',\'starts\',\'owner\',\'cadence\',\'evidence\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore','addresses','starts','owner','cadence','evidence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',\'addresses\',\'starts\',\'owner\',\'cadence\',\'evidence\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.addresses,self.starts,self.owner,self.cadence,self.evidence,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.addresses,self.starts,self.owner,self.cadence,self.evidence,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_phone, _type_address, _type_website, _type_email, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_phone, _dflt_address, _dflt_website, _dflt_email, _return_type):
 def __init__(self,name:_type_name,phone:_type_phone=_dflt_phone,address:_type_address=_dflt_address,website:_type_website=_dflt_website,email:_type_email=_dflt_email)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'phone',phone)
  __dataclass_builtins_object__.__setattr__(self,'address',address)
  __dataclass_builtins_object__.__setattr__(self,'website',website)
  __dataclass_builtins_object__.__setattr__(self,'email',email)
 return __init__


CODE["def __create_fn__(_type_name, _type_phone, _type_address, _type_website, _type_email, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_phone, _dflt_address, _dflt_website, _dflt_email, _return_type):\n def __init__(self,name:_type_name,phone:_type_phone=_dflt_phone,address:_type_address=_dflt_address,website:_type_website=_dflt_website,email:_type_email=_dflt_email)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'phone',phone)\n  __dataclass_builtins_object__.__setattr__(self,'address',address)\n  __dataclass_builtins_object__.__setattr__(self,'website',website)\n  __dataclass_builtins_object__.__setattr__(self,'email',email)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, phone={self.phone!r}, address={self.address!r}, website={self.website!r}, email={self.email!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, phone={self.phone!r}, address={self.address!r}, website={self.website!r}, email={self.email!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.phone,self.address,self.website,self.email,)==(other.name,other.phone,other.address,other.website,other.email,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.phone,self.address,self.website,self.email,)==(other.name,other.phone,other.address,other.website,other.email,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','phone','address','website','email',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'phone\',\'address\',\'website\',\'email\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','phone','address','website','email',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'phone\',\'address\',\'website\',\'email\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.phone,self.address,self.website,self.email,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.phone,self.address,self.website,self.email,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_index, _type_text, _type_page, _type_box, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_page, _dflt_box, _dflt_note, _return_type):
 def __init__(self,index:_type_index,text:_type_text=_dflt_text,page:_type_page=_dflt_page,box:_type_box=_dflt_box,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'page',page)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__


CODE["def __create_fn__(_type_index, _type_text, _type_page, _type_box, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_page, _dflt_box, _dflt_note, _return_type):\n def __init__(self,index:_type_index,text:_type_text=_dflt_text,page:_type_page=_dflt_page,box:_type_box=_dflt_box,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n  __dataclass_builtins_object__.__setattr__(self,'box',box)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(index={self.index!r}, text={self.text!r}, page={self.page!r}, box={self.box!r}, note={self.note!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(index={self.index!r}, text={self.text!r}, page={self.page!r}, box={self.box!r}, note={self.note!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.index,self.text,self.page,self.box,self.note,)==(other.index,other.text,other.page,other.box,other.note,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.index,self.text,self.page,self.box,self.note,)==(other.index,other.text,other.page,other.box,other.note,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('index','text','page','box','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'index\',\'text\',\'page\',\'box\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('index','text','page','box','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'index\',\'text\',\'page\',\'box\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.index,self.text,self.page,self.box,self.note,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.index,self.text,self.page,self.box,self.note,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, _type_file, _type_path, _type_type, _type_issued, _type_issuer, _type_covers, _type_marks, _type_highlight_ids, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _dflt_file, _dflt_path, _dflt_type, _dflt_issued, _dflt_issuer, _dflt_covers, _dflt_marks, _dflt_highlight_ids, _return_type):
 def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore,file:_type_file=_dflt_file,path:_type_path=_dflt_path,type:_type_type=_dflt_type,issued:_type_issued=_dflt_issued,issuer:_type_issuer=_dflt_issuer,covers:_type_covers=_dflt_covers,marks:_type_marks=_dflt_marks,highlight_ids:_type_highlight_ids=_dflt_highlight_ids)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'issued',issued)
  __dataclass_builtins_object__.__setattr__(self,'issuer',issuer)
  __dataclass_builtins_object__.__setattr__(self,'covers',covers)
  __dataclass_builtins_object__.__setattr__(self,'marks',marks)
  __dataclass_builtins_object__.__setattr__(self,'highlight_ids',highlight_ids)
 return __init__


CODE["def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, _type_file, _type_path, _type_type, _type_issued, _type_issuer, _type_covers, _type_marks, _type_highlight_ids, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _dflt_file, _dflt_path, _dflt_type, _dflt_issued, _dflt_issuer, _dflt_covers, _dflt_marks, _dflt_highlight_ids, _return_type):\n def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore,file:_type_file=_dflt_file,path:_type_path=_dflt_path,type:_type_type=_dflt_type,issued:_type_issued=_dflt_issued,issuer:_type_issuer=_dflt_issuer,covers:_type_covers=_dflt_covers,marks:_type_marks=_dflt_marks,highlight_ids:_type_highlight_ids=_dflt_highlight_ids)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'order',order)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'issued',issued)\n  __dataclass_builtins_object__.__setattr__(self,'issuer',issuer)\n  __dataclass_builtins_object__.__setattr__(self,'covers',covers)\n  __dataclass_builtins_object__.__setattr__(self,'marks',marks)\n  __dataclass_builtins_object__.__setattr__(self,'highlight_ids',highlight_ids)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r}, file={self.file!r}, path={self.path!r}, type={self.type!r}, issued={self.issued!r}, issuer={self.issuer!r}, covers={self.covers!r}, marks={self.marks!r}, highlight_ids={self.highlight_ids!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r}, file={self.file!r}, path={self.path!r}, type={self.type!r}, issued={self.issued!r}, issuer={self.issuer!r}, covers={self.covers!r}, marks={self.marks!r}, highlight_ids={self.highlight_ids!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.file,self.path,self.type,self.issued,self.issuer,self.covers,self.marks,self.highlight_ids,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,other.file,other.path,other.type,other.issued,other.issuer,other.covers,other.marks,other.highlight_ids,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.file,self.path,self.type,self.issued,self.issuer,self.covers,self.marks,self.highlight_ids,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,other.file,other.path,other.type,other.issued,other.issuer,other.covers,other.marks,other.highlight_ids,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore','file','path','type','issued','issuer','covers','marks','highlight_ids',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',\'file\',\'path\',\'type\',\'issued\',\'issuer\',\'covers\',\'marks\',\'highlight_ids\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore','file','path','type','issued','issuer','covers','marks','highlight_ids',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',\'file\',\'path\',\'type\',\'issued\',\'issuer\',\'covers\',\'marks\',\'highlight_ids\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.file,self.path,self.type,self.issued,self.issuer,self.covers,self.marks,self.highlight_ids,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.file,self.path,self.type,self.issued,self.issuer,self.covers,self.marks,self.highlight_ids,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_index, _type_ref, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,index:_type_index,ref:_type_ref,note:_type_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'ref',ref)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__


CODE["def __create_fn__(_type_index, _type_ref, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,index:_type_index,ref:_type_ref,note:_type_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'ref',ref)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(index={self.index!r}, ref={self.ref!r}, note={self.note!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(index={self.index!r}, ref={self.ref!r}, note={self.note!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.index,self.ref,self.note,)==(other.index,other.ref,other.note,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.index,self.ref,self.note,)==(other.index,other.ref,other.note,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('index','ref','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'index\',\'ref\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('index','ref','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'index\',\'ref\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.index,self.ref,self.note,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.index,self.ref,self.note,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, _type_to, _type_channel, _type_date, _type_subject, _type_ask, _type_missed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _dflt_to, _dflt_channel, _dflt_date, _dflt_subject, _dflt_ask, _dflt_missed, _return_type):
 def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore,to:_type_to=_dflt_to,channel:_type_channel=_dflt_channel,date:_type_date=_dflt_date,subject:_type_subject=_dflt_subject,ask:_type_ask=_dflt_ask,missed:_type_missed=_dflt_missed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
  __dataclass_builtins_object__.__setattr__(self,'to',to)
  __dataclass_builtins_object__.__setattr__(self,'channel',channel)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'subject',subject)
  __dataclass_builtins_object__.__setattr__(self,'ask',ask)
  __dataclass_builtins_object__.__setattr__(self,'missed',missed)
 return __init__


CODE["def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, _type_to, _type_channel, _type_date, _type_subject, _type_ask, _type_missed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _dflt_to, _dflt_channel, _dflt_date, _dflt_subject, _dflt_ask, _dflt_missed, _return_type):\n def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore,to:_type_to=_dflt_to,channel:_type_channel=_dflt_channel,date:_type_date=_dflt_date,subject:_type_subject=_dflt_subject,ask:_type_ask=_dflt_ask,missed:_type_missed=_dflt_missed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'order',order)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n  __dataclass_builtins_object__.__setattr__(self,'to',to)\n  __dataclass_builtins_object__.__setattr__(self,'channel',channel)\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'subject',subject)\n  __dataclass_builtins_object__.__setattr__(self,'ask',ask)\n  __dataclass_builtins_object__.__setattr__(self,'missed',missed)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r}, to={self.to!r}, channel={self.channel!r}, date={self.date!r}, subject={self.subject!r}, ask={self.ask!r}, missed={self.missed!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r}, to={self.to!r}, channel={self.channel!r}, date={self.date!r}, subject={self.subject!r}, ask={self.ask!r}, missed={self.missed!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.to,self.channel,self.date,self.subject,self.ask,self.missed,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,other.to,other.channel,other.date,other.subject,other.ask,other.missed,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.to,self.channel,self.date,self.subject,self.ask,self.missed,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,other.to,other.channel,other.date,other.subject,other.ask,other.missed,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore','to','channel','date','subject','ask','missed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',\'to\',\'channel\',\'date\',\'subject\',\'ask\',\'missed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore','to','channel','date','subject','ask','missed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',\'to\',\'channel\',\'date\',\'subject\',\'ask\',\'missed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.to,self.channel,self.date,self.subject,self.ask,self.missed,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.to,self.channel,self.date,self.subject,self.ask,self.missed,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, _type_bundle, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _dflt_bundle, _return_type):
 def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore,bundle:_type_bundle=_dflt_bundle)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
  __dataclass_builtins_object__.__setattr__(self,'bundle',bundle)
 return __init__


CODE["def __create_fn__(_type_kind, _type_id, _type_title, _type_origin, _type_body, _type_order, _type_key, _type_ignore, _type_bundle, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_order, _dflt_key, _dflt_ignore, _dflt_bundle, _return_type):\n def __init__(self,kind:_type_kind,id:_type_id,title:_type_title,origin:_type_origin,body:_type_body=_dflt_body,order:_type_order=_dflt_order,key:_type_key=_dflt_key,ignore:_type_ignore=_dflt_ignore,bundle:_type_bundle=_dflt_bundle)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'order',order)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n  __dataclass_builtins_object__.__setattr__(self,'bundle',bundle)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r}, bundle={self.bundle!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, title={self.title!r}, origin={self.origin!r}, body={self.body!r}, order={self.order!r}, key={self.key!r}, ignore={self.ignore!r}, bundle={self.bundle!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.bundle,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,other.bundle,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.bundle,)==(other.kind,other.id,other.title,other.origin,other.body,other.order,other.key,other.ignore,other.bundle,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore','bundle',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',\'bundle\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','id','title','origin','body','order','key','ignore','bundle',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'id\',\'title\',\'origin\',\'body\',\'order\',\'key\',\'ignore\',\'bundle\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.bundle,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.id,self.title,self.origin,self.body,self.order,self.key,self.ignore,self.bundle,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_slug, _type_folder, _type_origin, _type_title, _type_mode, _type_seller, _type_marketplace, _type_scope, _type_violation, _type_submissions, _type_signature, _type_paper, _type_date_style, _type_language, _type_opening, _type_bundle_redline, _type_ignore, _type_causes, _type_actions, _type_measures, _type_exhibits, _type_letter, _type_pages, _type_inputs, _type_unreadable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_submissions, _dflt_signature, _dflt_paper, _dflt_date_style, _dflt_language, _dflt_opening, _dflt_bundle_redline, _dflt_ignore, _dflt_causes, _dflt_actions, _dflt_measures, _dflt_exhibits, _dflt_letter, _dflt_pages, _dflt_inputs, _dflt_unreadable, _return_type):
 def __init__(self,slug:_type_slug,folder:_type_folder,origin:_type_origin,title:_type_title,mode:_type_mode,seller:_type_seller,marketplace:_type_marketplace,scope:_type_scope,violation:_type_violation,submissions:_type_submissions=_dflt_submissions,signature:_type_signature=_dflt_signature,paper:_type_paper=_dflt_paper,date_style:_type_date_style=_dflt_date_style,language:_type_language=_dflt_language,opening:_type_opening=_dflt_opening,bundle_redline:_type_bundle_redline=_dflt_bundle_redline,ignore:_type_ignore=_dflt_ignore,causes:_type_causes=_dflt_causes,actions:_type_actions=_dflt_actions,measures:_type_measures=_dflt_measures,exhibits:_type_exhibits=_dflt_exhibits,letter:_type_letter=_dflt_letter,pages:_type_pages=_dflt_pages,inputs:_type_inputs=_dflt_inputs,unreadable:_type_unreadable=_dflt_unreadable)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'slug',slug)
  __dataclass_builtins_object__.__setattr__(self,'folder',folder)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
  __dataclass_builtins_object__.__setattr__(self,'seller',seller)
  __dataclass_builtins_object__.__setattr__(self,'marketplace',marketplace)
  __dataclass_builtins_object__.__setattr__(self,'scope',scope)
  __dataclass_builtins_object__.__setattr__(self,'violation',violation)
  __dataclass_builtins_object__.__setattr__(self,'submissions',submissions)
  __dataclass_builtins_object__.__setattr__(self,'signature',signature)
  __dataclass_builtins_object__.__setattr__(self,'paper',paper)
  __dataclass_builtins_object__.__setattr__(self,'date_style',date_style)
  __dataclass_builtins_object__.__setattr__(self,'language',language)
  __dataclass_builtins_object__.__setattr__(self,'opening',opening)
  __dataclass_builtins_object__.__setattr__(self,'bundle_redline',bundle_redline)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
  __dataclass_builtins_object__.__setattr__(self,'causes',causes)
  __dataclass_builtins_object__.__setattr__(self,'actions',actions)
  __dataclass_builtins_object__.__setattr__(self,'measures',measures)
  __dataclass_builtins_object__.__setattr__(self,'exhibits',exhibits)
  __dataclass_builtins_object__.__setattr__(self,'letter',letter)
  __dataclass_builtins_object__.__setattr__(self,'pages',pages)
  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)
  __dataclass_builtins_object__.__setattr__(self,'unreadable',unreadable)
 return __init__


CODE["def __create_fn__(_type_slug, _type_folder, _type_origin, _type_title, _type_mode, _type_seller, _type_marketplace, _type_scope, _type_violation, _type_submissions, _type_signature, _type_paper, _type_date_style, _type_language, _type_opening, _type_bundle_redline, _type_ignore, _type_causes, _type_actions, _type_measures, _type_exhibits, _type_letter, _type_pages, _type_inputs, _type_unreadable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_submissions, _dflt_signature, _dflt_paper, _dflt_date_style, _dflt_language, _dflt_opening, _dflt_bundle_redline, _dflt_ignore, _dflt_causes, _dflt_actions, _dflt_measures, _dflt_exhibits, _dflt_letter, _dflt_pages, _dflt_inputs, _dflt_unreadable, _return_type):\n def __init__(self,slug:_type_slug,folder:_type_folder,origin:_type_origin,title:_type_title,mode:_type_mode,seller:_type_seller,marketplace:_type_marketplace,scope:_type_scope,violation:_type_violation,submissions:_type_submissions=_dflt_submissions,signature:_type_signature=_dflt_signature,paper:_type_paper=_dflt_paper,date_style:_type_date_style=_dflt_date_style,language:_type_language=_dflt_language,opening:_type_opening=_dflt_opening,bundle_redline:_type_bundle_redline=_dflt_bundle_redline,ignore:_type_ignore=_dflt_ignore,causes:_type_causes=_dflt_causes,actions:_type_actions=_dflt_actions,measures:_type_measures=_dflt_measures,exhibits:_type_exhibits=_dflt_exhibits,letter:_type_letter=_dflt_letter,pages:_type_pages=_dflt_pages,inputs:_type_inputs=_dflt_inputs,unreadable:_type_unreadable=_dflt_unreadable)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'slug',slug)\n  __dataclass_builtins_object__.__setattr__(self,'folder',folder)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'seller',seller)\n  __dataclass_builtins_object__.__setattr__(self,'marketplace',marketplace)\n  __dataclass_builtins_object__.__setattr__(self,'scope',scope)\n  __dataclass_builtins_object__.__setattr__(self,'violation',violation)\n  __dataclass_builtins_object__.__setattr__(self,'submissions',submissions)\n  __dataclass_builtins_object__.__setattr__(self,'signature',signature)\n  __dataclass_builtins_object__.__setattr__(self,'paper',paper)\n  __dataclass_builtins_object__.__setattr__(self,'date_style',date_style)\n  __dataclass_builtins_object__.__setattr__(self,'language',language)\n  __dataclass_builtins_object__.__setattr__(self,'opening',opening)\n  __dataclass_builtins_object__.__setattr__(self,'bundle_redline',bundle_redline)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n  __dataclass_builtins_object__.__setattr__(self,'causes',causes)\n  __dataclass_builtins_object__.__setattr__(self,'actions',actions)\n  __dataclass_builtins_object__.__setattr__(self,'measures',measures)\n  __dataclass_builtins_object__.__setattr__(self,'exhibits',exhibits)\n  __dataclass_builtins_object__.__setattr__(self,'letter',letter)\n  __dataclass_builtins_object__.__setattr__(self,'pages',pages)\n  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)\n  __dataclass_builtins_object__.__setattr__(self,'unreadable',unreadable)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(slug={self.slug!r}, folder={self.folder!r}, origin={self.origin!r}, title={self.title!r}, mode={self.mode!r}, seller={self.seller!r}, marketplace={self.marketplace!r}, scope={self.scope!r}, violation={self.violation!r}, submissions={self.submissions!r}, signature={self.signature!r}, paper={self.paper!r}, date_style={self.date_style!r}, language={self.language!r}, opening={self.opening!r}, bundle_redline={self.bundle_redline!r}, ignore={self.ignore!r}, causes={self.causes!r}, actions={self.actions!r}, measures={self.measures!r}, exhibits={self.exhibits!r}, letter={self.letter!r}, pages={self.pages!r}, inputs={self.inputs!r}, unreadable={self.unreadable!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(slug={self.slug!r}, folder={self.folder!r}, origin={self.origin!r}, title={self.title!r}, mode={self.mode!r}, seller={self.seller!r}, marketplace={self.marketplace!r}, scope={self.scope!r}, violation={self.violation!r}, submissions={self.submissions!r}, signature={self.signature!r}, paper={self.paper!r}, date_style={self.date_style!r}, language={self.language!r}, opening={self.opening!r}, bundle_redline={self.bundle_redline!r}, ignore={self.ignore!r}, causes={self.causes!r}, actions={self.actions!r}, measures={self.measures!r}, exhibits={self.exhibits!r}, letter={self.letter!r}, pages={self.pages!r}, inputs={self.inputs!r}, unreadable={self.unreadable!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.slug,self.folder,self.origin,self.title,self.mode,self.seller,self.marketplace,self.scope,self.violation,self.submissions,self.signature,self.paper,self.date_style,self.language,self.opening,self.bundle_redline,self.ignore,self.causes,self.actions,self.measures,self.exhibits,self.letter,self.pages,self.inputs,self.unreadable,)==(other.slug,other.folder,other.origin,other.title,other.mode,other.seller,other.marketplace,other.scope,other.violation,other.submissions,other.signature,other.paper,other.date_style,other.language,other.opening,other.bundle_redline,other.ignore,other.causes,other.actions,other.measures,other.exhibits,other.letter,other.pages,other.inputs,other.unreadable,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.slug,self.folder,self.origin,self.title,self.mode,self.seller,self.marketplace,self.scope,self.violation,self.submissions,self.signature,self.paper,self.date_style,self.language,self.opening,self.bundle_redline,self.ignore,self.causes,self.actions,self.measures,self.exhibits,self.letter,self.pages,self.inputs,self.unreadable,)==(other.slug,other.folder,other.origin,other.title,other.mode,other.seller,other.marketplace,other.scope,other.violation,other.submissions,other.signature,other.paper,other.date_style,other.language,other.opening,other.bundle_redline,other.ignore,other.causes,other.actions,other.measures,other.exhibits,other.letter,other.pages,other.inputs,other.unreadable,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('slug','folder','origin','title','mode','seller','marketplace','scope','violation','submissions','signature','paper','date_style','language','opening','bundle_redline','ignore','causes','actions','measures','exhibits','letter','pages','inputs','unreadable',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'slug\',\'folder\',\'origin\',\'title\',\'mode\',\'seller\',\'marketplace\',\'scope\',\'violation\',\'submissions\',\'signature\',\'paper\',\'date_style\',\'language\',\'opening\',\'bundle_redline\',\'ignore\',\'causes\',\'actions\',\'measures\',\'exhibits\',\'letter\',\'pages\',\'inputs\',\'unreadable\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('slug','folder','origin','title','mode','seller','marketplace','scope','violation','submissions','signature','paper','date_style','language','opening','bundle_redline','ignore','causes','actions','measures','exhibits','letter','pages','inputs','unreadable',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'slug\',\'folder\',\'origin\',\'title\',\'mode\',\'seller\',\'marketplace\',\'scope\',\'violation\',\'submissions\',\'signature\',\'paper\',\'date_style\',\'language\',\'opening\',\'bundle_redline\',\'ignore\',\'causes\',\'actions\',\'measures\',\'exhibits\',\'letter\',\'pages\',\'inputs\',\'unreadable\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.slug,self.folder,self.origin,self.title,self.mode,self.seller,self.marketplace,self.scope,self.violation,self.submissions,self.signature,self.paper,self.date_style,self.language,self.opening,self.bundle_redline,self.ignore,self.causes,self.actions,self.measures,self.exhibits,self.letter,self.pages,self.inputs,self.unreadable,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.slug,self.folder,self.origin,self.title,self.mode,self.seller,self.marketplace,self.scope,self.violation,self.submissions,self.signature,self.paper,self.date_style,self.language,self.opening,self.bundle_redline,self.ignore,self.causes,self.actions,self.measures,self.exhibits,self.letter,self.pages,self.inputs,self.unreadable,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_asin, _type_bought, _type_sold, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,asin:_type_asin,bought:_type_bought,sold:_type_sold)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'asin',asin)
  __dataclass_builtins_object__.__setattr__(self,'bought',bought)
  __dataclass_builtins_object__.__setattr__(self,'sold',sold)
 return __init__


CODE["def __create_fn__(_type_asin, _type_bought, _type_sold, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,asin:_type_asin,bought:_type_bought,sold:_type_sold)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'asin',asin)\n  __dataclass_builtins_object__.__setattr__(self,'bought',bought)\n  __dataclass_builtins_object__.__setattr__(self,'sold',sold)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(asin={self.asin!r}, bought={self.bought!r}, sold={self.sold!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(asin={self.asin!r}, bought={self.bought!r}, sold={self.sold!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.asin,self.bought,self.sold,)==(other.asin,other.bought,other.sold,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.asin,self.bought,self.sold,)==(other.asin,other.bought,other.sold,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('asin','bought','sold',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'asin\',\'bought\',\'sold\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('asin','bought','sold',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'asin\',\'bought\',\'sold\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.asin,self.bought,self.sold,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.asin,self.bought,self.sold,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_kind, _type_label, _type_number, _type_title, _type_page, _type_anchor, _type_owner, _type_location, _type_file, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_file, _return_type):
 def __init__(self,id:_type_id,kind:_type_kind,label:_type_label,number:_type_number,title:_type_title,page:_type_page,anchor:_type_anchor,owner:_type_owner,location:_type_location,file:_type_file=_dflt_file)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'page',page)
  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)
  __dataclass_builtins_object__.__setattr__(self,'owner',owner)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
 return __init__


CODE["def __create_fn__(_type_id, _type_kind, _type_label, _type_number, _type_title, _type_page, _type_anchor, _type_owner, _type_location, _type_file, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_file, _return_type):\n def __init__(self,id:_type_id,kind:_type_kind,label:_type_label,number:_type_number,title:_type_title,page:_type_page,anchor:_type_anchor,owner:_type_owner,location:_type_location,file:_type_file=_dflt_file)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)\n  __dataclass_builtins_object__.__setattr__(self,'owner',owner)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, kind={self.kind!r}, label={self.label!r}, number={self.number!r}, title={self.title!r}, page={self.page!r}, anchor={self.anchor!r}, owner={self.owner!r}, location={self.location!r}, file={self.file!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, kind={self.kind!r}, label={self.label!r}, number={self.number!r}, title={self.title!r}, page={self.page!r}, anchor={self.anchor!r}, owner={self.owner!r}, location={self.location!r}, file={self.file!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.kind,self.label,self.number,self.title,self.page,self.anchor,self.owner,self.location,self.file,)==(other.id,other.kind,other.label,other.number,other.title,other.page,other.anchor,other.owner,other.location,other.file,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.kind,self.label,self.number,self.title,self.page,self.anchor,self.owner,self.location,self.file,)==(other.id,other.kind,other.label,other.number,other.title,other.page,other.anchor,other.owner,other.location,other.file,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','kind','label','number','title','page','anchor','owner','location','file',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'kind\',\'label\',\'number\',\'title\',\'page\',\'anchor\',\'owner\',\'location\',\'file\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','kind','label','number','title','page','anchor','owner','location','file',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'kind\',\'label\',\'number\',\'title\',\'page\',\'anchor\',\'owner\',\'location\',\'file\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.kind,self.label,self.number,self.title,self.page,self.anchor,self.owner,self.location,self.file,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.kind,self.label,self.number,self.title,self.page,self.anchor,self.owner,self.location,self.file,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_owner, _type_origin, _type_tokens, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,owner:_type_owner,origin:_type_origin,tokens:_type_tokens)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'owner',owner)
  __dataclass_builtins_object__.__setattr__(self,'origin',origin)
  __dataclass_builtins_object__.__setattr__(self,'tokens',tokens)
 return __init__


CODE["def __create_fn__(_type_owner, _type_origin, _type_tokens, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,owner:_type_owner,origin:_type_origin,tokens:_type_tokens)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'owner',owner)\n  __dataclass_builtins_object__.__setattr__(self,'origin',origin)\n  __dataclass_builtins_object__.__setattr__(self,'tokens',tokens)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(owner={self.owner!r}, origin={self.origin!r}, tokens={self.tokens!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(owner={self.owner!r}, origin={self.origin!r}, tokens={self.tokens!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.owner,self.origin,self.tokens,)==(other.owner,other.origin,other.tokens,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.owner,self.origin,self.tokens,)==(other.owner,other.origin,other.tokens,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('owner','origin','tokens',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'owner\',\'origin\',\'tokens\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('owner','origin','tokens',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'owner\',\'origin\',\'tokens\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.owner,self.origin,self.tokens,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.owner,self.origin,self.tokens,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_location, _type_source, _type_target, _type_resolved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,location:_type_location,source:_type_source,target:_type_target,resolved:_type_resolved)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'resolved',resolved)
 return __init__


CODE["def __create_fn__(_type_location, _type_source, _type_target, _type_resolved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,location:_type_location,source:_type_source,target:_type_target,resolved:_type_resolved)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'resolved',resolved)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(location={self.location!r}, source={self.source!r}, target={self.target!r}, resolved={self.resolved!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(location={self.location!r}, source={self.source!r}, target={self.target!r}, resolved={self.resolved!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.location,self.source,self.target,self.resolved,)==(other.location,other.source,other.target,other.resolved,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.location,self.source,self.target,self.resolved,)==(other.location,other.source,other.target,other.resolved,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('location','source','target','resolved',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'location\',\'source\',\'target\',\'resolved\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('location','source','target','resolved',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'location\',\'source\',\'target\',\'resolved\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.location,self.source,self.target,self.resolved,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.location,self.source,self.target,self.resolved,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_case, _type_targets, _type_bodies, _type_references, _type_answered_by, _type_cited_by, _type_since, _type_cites, _type__labels, _type__every, _type__ranks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_answered_by, _dflt_cited_by, _dflt_since, _dflt_cites, _dflt__labels, _dflt__every, _dflt__ranks, _return_type):
 def __init__(self,case:_type_case,targets:_type_targets,bodies:_type_bodies,references:_type_references,answered_by:_type_answered_by=_HAS_DEFAULT_FACTORY,cited_by:_type_cited_by=_HAS_DEFAULT_FACTORY,since:_type_since=_dflt_since,cites:_type_cites=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'case',case)
  __dataclass_builtins_object__.__setattr__(self,'targets',targets)
  __dataclass_builtins_object__.__setattr__(self,'bodies',bodies)
  __dataclass_builtins_object__.__setattr__(self,'references',references)
  __dataclass_builtins_object__.__setattr__(self,'answered_by',_dflt_answered_by() if answered_by is _HAS_DEFAULT_FACTORY else answered_by)
  __dataclass_builtins_object__.__setattr__(self,'cited_by',_dflt_cited_by() if cited_by is _HAS_DEFAULT_FACTORY else cited_by)
  __dataclass_builtins_object__.__setattr__(self,'since',since)
  __dataclass_builtins_object__.__setattr__(self,'cites',_dflt_cites() if cites is _HAS_DEFAULT_FACTORY else cites)
  __dataclass_builtins_object__.__setattr__(self,'_labels',_dflt__labels)
  __dataclass_builtins_object__.__setattr__(self,'_every',_dflt__every)
  __dataclass_builtins_object__.__setattr__(self,'_ranks',_dflt__ranks)
 return __init__


CODE["def __create_fn__(_type_case, _type_targets, _type_bodies, _type_references, _type_answered_by, _type_cited_by, _type_since, _type_cites, _type__labels, _type__every, _type__ranks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_answered_by, _dflt_cited_by, _dflt_since, _dflt_cites, _dflt__labels, _dflt__every, _dflt__ranks, _return_type):\n def __init__(self,case:_type_case,targets:_type_targets,bodies:_type_bodies,references:_type_references,answered_by:_type_answered_by=_HAS_DEFAULT_FACTORY,cited_by:_type_cited_by=_HAS_DEFAULT_FACTORY,since:_type_since=_dflt_since,cites:_type_cites=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'case',case)\n  __dataclass_builtins_object__.__setattr__(self,'targets',targets)\n  __dataclass_builtins_object__.__setattr__(self,'bodies',bodies)\n  __dataclass_builtins_object__.__setattr__(self,'references',references)\n  __dataclass_builtins_object__.__setattr__(self,'answered_by',_dflt_answered_by() if answered_by is _HAS_DEFAULT_FACTORY else answered_by)\n  __dataclass_builtins_object__.__setattr__(self,'cited_by',_dflt_cited_by() if cited_by is _HAS_DEFAULT_FACTORY else cited_by)\n  __dataclass_builtins_object__.__setattr__(self,'since',since)\n  __dataclass_builtins_object__.__setattr__(self,'cites',_dflt_cites() if cites is _HAS_DEFAULT_FACTORY else cites)\n  __dataclass_builtins_object__.__setattr__(self,'_labels',_dflt__labels)\n  __dataclass_builtins_object__.__setattr__(self,'_every',_dflt__every)\n  __dataclass_builtins_object__.__setattr__(self,'_ranks',_dflt__ranks)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(case={self.case!r}, targets={self.targets!r}, bodies={self.bodies!r}, references={self.references!r}, answered_by={self.answered_by!r}, cited_by={self.cited_by!r}, since={self.since!r}, cites={self.cites!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(case={self.case!r}, targets={self.targets!r}, bodies={self.bodies!r}, references={self.references!r}, answered_by={self.answered_by!r}, cited_by={self.cited_by!r}, since={self.since!r}, cites={self.cites!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.case,self.targets,self.bodies,self.references,self.answered_by,self.cited_by,self.since,self.cites,)==(other.case,other.targets,other.bodies,other.references,other.answered_by,other.cited_by,other.since,other.cites,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.case,self.targets,self.bodies,self.references,self.answered_by,self.cited_by,self.since,self.cites,)==(other.case,other.targets,other.bodies,other.references,other.answered_by,other.cited_by,other.since,other.cites,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('case','targets','bodies','references','answered_by','cited_by','since','cites','_labels','_every','_ranks',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'case\',\'targets\',\'bodies\',\'references\',\'answered_by\',\'cited_by\',\'since\',\'cites\',\'_labels\',\'_every\',\'_ranks\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('case','targets','bodies','references','answered_by','cited_by','since','cites','_labels','_every','_ranks',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'case\',\'targets\',\'bodies\',\'references\',\'answered_by\',\'cited_by\',\'since\',\'cites\',\'_labels\',\'_every\',\'_ranks\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.case,self.targets,self.bodies,self.references,self.answered_by,self.cited_by,self.since,self.cites,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.case,self.targets,self.bodies,self.references,self.answered_by,self.cited_by,self.since,self.cites,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_case, _type_body, _type_lines, _type_targets, _type_reporter, _type_limits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,case:_type_case,body:_type_body,lines:_type_lines,targets:_type_targets,reporter:_type_reporter,limits:_type_limits)->_return_type:
  self.case=case
  self.body=body
  self.lines=lines
  self.targets=targets
  self.reporter=reporter
  self.limits=limits
 return __init__


CODE['def __create_fn__(_type_case, _type_body, _type_lines, _type_targets, _type_reporter, _type_limits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,case:_type_case,body:_type_body,lines:_type_lines,targets:_type_targets,reporter:_type_reporter,limits:_type_limits)->_return_type:\n  self.case=case\n  self.body=body\n  self.lines=lines\n  self.targets=targets\n  self.reporter=reporter\n  self.limits=limits\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(case={self.case!r}, body={self.body!r}, lines={self.lines!r}, targets={self.targets!r}, reporter={self.reporter!r}, limits={self.limits!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(case={self.case!r}, body={self.body!r}, lines={self.lines!r}, targets={self.targets!r}, reporter={self.reporter!r}, limits={self.limits!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.case,self.body,self.lines,self.targets,self.reporter,self.limits,)==(other.case,other.body,other.lines,other.targets,other.reporter,other.limits,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.case,self.body,self.lines,self.targets,self.reporter,self.limits,)==(other.case,other.body,other.lines,other.targets,other.reporter,other.limits,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_location, _type_message, _type_hint, _type_severity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _dflt_severity, _return_type):
 def __init__(self,location:_type_location,message:_type_message,hint:_type_hint=_dflt_hint,severity:_type_severity=_dflt_severity)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
 return __init__


CODE["def __create_fn__(_type_location, _type_message, _type_hint, _type_severity, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _dflt_severity, _return_type):\n def __init__(self,location:_type_location,message:_type_message,hint:_type_hint=_dflt_hint,severity:_type_severity=_dflt_severity)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(location={self.location!r}, message={self.message!r}, hint={self.hint!r}, severity={self.severity!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(location={self.location!r}, message={self.message!r}, hint={self.hint!r}, severity={self.severity!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.location,self.message,self.hint,self.severity,)==(other.location,other.message,other.hint,other.severity,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.location,self.message,self.hint,self.severity,)==(other.location,other.message,other.hint,other.severity,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('location','message','hint','severity',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'location\',\'message\',\'hint\',\'severity\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('location','message','hint','severity',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'location\',\'message\',\'hint\',\'severity\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.location,self.message,self.hint,self.severity,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.location,self.message,self.hint,self.severity,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_resolved, _type_config, _type_today, _type_readings, _type_memo, _type_texts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_readings, _dflt_memo, _return_type):
 def __init__(self,resolved:_type_resolved,config:_type_config,today:_type_today,readings:_type_readings=_HAS_DEFAULT_FACTORY,memo:_type_memo=_dflt_memo)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'resolved',resolved)
  __dataclass_builtins_object__.__setattr__(self,'config',config)
  __dataclass_builtins_object__.__setattr__(self,'today',today)
  __dataclass_builtins_object__.__setattr__(self,'readings',_dflt_readings() if readings is _HAS_DEFAULT_FACTORY else readings)
  __dataclass_builtins_object__.__setattr__(self,'memo',memo)
  self.__post_init__()
 return __init__


CODE["def __create_fn__(_type_resolved, _type_config, _type_today, _type_readings, _type_memo, _type_texts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_readings, _dflt_memo, _return_type):\n def __init__(self,resolved:_type_resolved,config:_type_config,today:_type_today,readings:_type_readings=_HAS_DEFAULT_FACTORY,memo:_type_memo=_dflt_memo)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'resolved',resolved)\n  __dataclass_builtins_object__.__setattr__(self,'config',config)\n  __dataclass_builtins_object__.__setattr__(self,'today',today)\n  __dataclass_builtins_object__.__setattr__(self,'readings',_dflt_readings() if readings is _HAS_DEFAULT_FACTORY else readings)\n  __dataclass_builtins_object__.__setattr__(self,'memo',memo)\n  self.__post_init__()\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(resolved={self.resolved!r}, config={self.config!r}, today={self.today!r}, readings={self.readings!r}, memo={self.memo!r}, texts={self.texts!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(resolved={self.resolved!r}, config={self.config!r}, today={self.today!r}, readings={self.readings!r}, memo={self.memo!r}, texts={self.texts!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.resolved,self.config,self.today,self.readings,self.memo,self.texts,)==(other.resolved,other.config,other.today,other.readings,other.memo,other.texts,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.resolved,self.config,self.today,self.readings,self.memo,self.texts,)==(other.resolved,other.config,other.today,other.readings,other.memo,other.texts,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('resolved','config','today','readings','memo','texts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'resolved\',\'config\',\'today\',\'readings\',\'memo\',\'texts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('resolved','config','today','readings','memo','texts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'resolved\',\'config\',\'today\',\'readings\',\'memo\',\'texts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.resolved,self.config,self.today,self.readings,self.memo,self.texts,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.resolved,self.config,self.today,self.readings,self.memo,self.texts,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_kinds, _type_find, _type_every_page, _type_reads, _type_rest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_every_page, _dflt_reads, _dflt_rest, _return_type):
 def __init__(self,kinds:_type_kinds,find:_type_find,every_page:_type_every_page=_dflt_every_page,reads:_type_reads=_dflt_reads,rest:_type_rest=_dflt_rest)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kinds',kinds)
  __dataclass_builtins_object__.__setattr__(self,'find',find)
  __dataclass_builtins_object__.__setattr__(self,'every_page',every_page)
  __dataclass_builtins_object__.__setattr__(self,'reads',reads)
  __dataclass_builtins_object__.__setattr__(self,'rest',rest)
 return __init__


CODE["def __create_fn__(_type_kinds, _type_find, _type_every_page, _type_reads, _type_rest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_every_page, _dflt_reads, _dflt_rest, _return_type):\n def __init__(self,kinds:_type_kinds,find:_type_find,every_page:_type_every_page=_dflt_every_page,reads:_type_reads=_dflt_reads,rest:_type_rest=_dflt_rest)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kinds',kinds)\n  __dataclass_builtins_object__.__setattr__(self,'find',find)\n  __dataclass_builtins_object__.__setattr__(self,'every_page',every_page)\n  __dataclass_builtins_object__.__setattr__(self,'reads',reads)\n  __dataclass_builtins_object__.__setattr__(self,'rest',rest)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kinds={self.kinds!r}, find={self.find!r}, every_page={self.every_page!r}, reads={self.reads!r}, rest={self.rest!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kinds={self.kinds!r}, find={self.find!r}, every_page={self.every_page!r}, reads={self.reads!r}, rest={self.rest!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kinds,self.find,self.every_page,self.reads,self.rest,)==(other.kinds,other.find,other.every_page,other.reads,other.rest,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kinds,self.find,self.every_page,self.reads,self.rest,)==(other.kinds,other.find,other.every_page,other.reads,other.rest,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kinds','find','every_page','reads','rest',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kinds\',\'find\',\'every_page\',\'reads\',\'rest\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kinds','find','every_page','reads','rest',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kinds\',\'find\',\'every_page\',\'reads\',\'rest\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kinds,self.find,self.every_page,self.reads,self.rest,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kinds,self.find,self.every_page,self.reads,self.rest,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_code, _type_severity, _type_summary, _type_check, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source, _return_type):
 def __init__(self,id:_type_id,code:_type_code,severity:_type_severity,summary:_type_summary,check:_type_check,source:_type_source=_dflt_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'check',check)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__


CODE["def __create_fn__(_type_id, _type_code, _type_severity, _type_summary, _type_check, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source, _return_type):\n def __init__(self,id:_type_id,code:_type_code,severity:_type_severity,summary:_type_summary,check:_type_check,source:_type_source=_dflt_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'check',check)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, code={self.code!r}, severity={self.severity!r}, summary={self.summary!r}, check={self.check!r}, source={self.source!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, code={self.code!r}, severity={self.severity!r}, summary={self.summary!r}, check={self.check!r}, source={self.source!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.code,self.severity,self.summary,self.check,self.source,)==(other.id,other.code,other.severity,other.summary,other.check,other.source,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.code,self.severity,self.summary,self.check,self.source,)==(other.id,other.code,other.severity,other.summary,other.check,other.source,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','code','severity','summary','check','source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'code\',\'severity\',\'summary\',\'check\',\'source\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','code','severity','summary','check','source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'code\',\'severity\',\'summary\',\'check\',\'source\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.code,self.severity,self.summary,self.check,self.source,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.code,self.severity,self.summary,self.check,self.source,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_start, _type_line, _type_col, _type_exact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_exact, _return_type):
 def __init__(self,start:_type_start,line:_type_line,col:_type_col,exact:_type_exact=_dflt_exact)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'exact',exact)
 return __init__


CODE["def __create_fn__(_type_start, _type_line, _type_col, _type_exact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_exact, _return_type):\n def __init__(self,start:_type_start,line:_type_line,col:_type_col,exact:_type_exact=_dflt_exact)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'exact',exact)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, line={self.line!r}, col={self.col!r}, exact={self.exact!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, line={self.line!r}, col={self.col!r}, exact={self.exact!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.line,self.col,self.exact,)==(other.start,other.line,other.col,other.exact,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.line,self.col,self.exact,)==(other.start,other.line,other.col,other.exact,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','line','col','exact',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'line\',\'col\',\'exact\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','line','col','exact',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'line\',\'col\',\'exact\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.line,self.col,self.exact,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.line,self.col,self.exact,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_owner, _type_kind, _type_part, _type_block, _type_text, _type_rel, _type_pieces, _type_refs, _type_value, _type_quotes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_refs, _dflt_value, _return_type):
 def __init__(self,owner:_type_owner,kind:_type_kind,part:_type_part,block:_type_block,text:_type_text,rel:_type_rel,pieces:_type_pieces,refs:_type_refs=_dflt_refs,value:_type_value=_dflt_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'owner',owner)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'part',part)
  __dataclass_builtins_object__.__setattr__(self,'block',block)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'rel',rel)
  __dataclass_builtins_object__.__setattr__(self,'pieces',pieces)
  __dataclass_builtins_object__.__setattr__(self,'refs',refs)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  self.__post_init__()
 return __init__


CODE["def __create_fn__(_type_owner, _type_kind, _type_part, _type_block, _type_text, _type_rel, _type_pieces, _type_refs, _type_value, _type_quotes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_refs, _dflt_value, _return_type):\n def __init__(self,owner:_type_owner,kind:_type_kind,part:_type_part,block:_type_block,text:_type_text,rel:_type_rel,pieces:_type_pieces,refs:_type_refs=_dflt_refs,value:_type_value=_dflt_value)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'owner',owner)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'part',part)\n  __dataclass_builtins_object__.__setattr__(self,'block',block)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'rel',rel)\n  __dataclass_builtins_object__.__setattr__(self,'pieces',pieces)\n  __dataclass_builtins_object__.__setattr__(self,'refs',refs)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  self.__post_init__()\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(owner={self.owner!r}, kind={self.kind!r}, part={self.part!r}, block={self.block!r}, text={self.text!r}, rel={self.rel!r}, pieces={self.pieces!r}, refs={self.refs!r}, value={self.value!r}, quotes={self.quotes!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(owner={self.owner!r}, kind={self.kind!r}, part={self.part!r}, block={self.block!r}, text={self.text!r}, rel={self.rel!r}, pieces={self.pieces!r}, refs={self.refs!r}, value={self.value!r}, quotes={self.quotes!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.owner,self.kind,self.part,self.block,self.text,self.rel,self.pieces,self.refs,self.value,self.quotes,)==(other.owner,other.kind,other.part,other.block,other.text,other.rel,other.pieces,other.refs,other.value,other.quotes,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.owner,self.kind,self.part,self.block,self.text,self.rel,self.pieces,self.refs,self.value,self.quotes,)==(other.owner,other.kind,other.part,other.block,other.text,other.rel,other.pieces,other.refs,other.value,other.quotes,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('owner','kind','part','block','text','rel','pieces','refs','value','quotes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'owner\',\'kind\',\'part\',\'block\',\'text\',\'rel\',\'pieces\',\'refs\',\'value\',\'quotes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('owner','kind','part','block','text','rel','pieces','refs','value','quotes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'owner\',\'kind\',\'part\',\'block\',\'text\',\'rel\',\'pieces\',\'refs\',\'value\',\'quotes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.owner,self.kind,self.part,self.block,self.text,self.rel,self.pieces,self.refs,self.value,self.quotes,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.owner,self.kind,self.part,self.block,self.text,self.rel,self.pieces,self.refs,self.value,self.quotes,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_regex, _type_mode, _type_needs, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_count, _return_type):
 def __init__(self,regex:_type_regex,mode:_type_mode,needs:_type_needs,count:_type_count=_dflt_count)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'regex',regex)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
  __dataclass_builtins_object__.__setattr__(self,'needs',needs)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
 return __init__


CODE["def __create_fn__(_type_regex, _type_mode, _type_needs, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_count, _return_type):\n def __init__(self,regex:_type_regex,mode:_type_mode,needs:_type_needs,count:_type_count=_dflt_count)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'regex',regex)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'needs',needs)\n  __dataclass_builtins_object__.__setattr__(self,'count',count)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(regex={self.regex!r}, mode={self.mode!r}, needs={self.needs!r}, count={self.count!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(regex={self.regex!r}, mode={self.mode!r}, needs={self.needs!r}, count={self.count!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.regex,self.mode,self.needs,self.count,)==(other.regex,other.mode,other.needs,other.count,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.regex,self.mode,self.needs,self.count,)==(other.regex,other.mode,other.needs,other.count,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('regex','mode','needs','count',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'regex\',\'mode\',\'needs\',\'count\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('regex','mode','needs','count',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'regex\',\'mode\',\'needs\',\'count\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.regex,self.mode,self.needs,self.count,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.regex,self.mode,self.needs,self.count,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_line, _type_kind, _type_anchored, _type_np, _type_regex, _type_needs, _type_lead, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,line:_type_line,kind:_type_kind,anchored:_type_anchored,np:_type_np,regex:_type_regex,needs:_type_needs,lead:_type_lead)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'anchored',anchored)
  __dataclass_builtins_object__.__setattr__(self,'np',np)
  __dataclass_builtins_object__.__setattr__(self,'regex',regex)
  __dataclass_builtins_object__.__setattr__(self,'needs',needs)
  __dataclass_builtins_object__.__setattr__(self,'lead',lead)
 return __init__


CODE["def __create_fn__(_type_line, _type_kind, _type_anchored, _type_np, _type_regex, _type_needs, _type_lead, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,line:_type_line,kind:_type_kind,anchored:_type_anchored,np:_type_np,regex:_type_regex,needs:_type_needs,lead:_type_lead)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'anchored',anchored)\n  __dataclass_builtins_object__.__setattr__(self,'np',np)\n  __dataclass_builtins_object__.__setattr__(self,'regex',regex)\n  __dataclass_builtins_object__.__setattr__(self,'needs',needs)\n  __dataclass_builtins_object__.__setattr__(self,'lead',lead)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, kind={self.kind!r}, anchored={self.anchored!r}, np={self.np!r}, regex={self.regex!r}, needs={self.needs!r}, lead={self.lead!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(line={self.line!r}, kind={self.kind!r}, anchored={self.anchored!r}, np={self.np!r}, regex={self.regex!r}, needs={self.needs!r}, lead={self.lead!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.kind,self.anchored,self.np,self.regex,self.needs,self.lead,)==(other.line,other.kind,other.anchored,other.np,other.regex,other.needs,other.lead,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.line,self.kind,self.anchored,self.np,self.regex,self.needs,self.lead,)==(other.line,other.kind,other.anchored,other.np,other.regex,other.needs,other.lead,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('line','kind','anchored','np','regex','needs','lead',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'line\',\'kind\',\'anchored\',\'np\',\'regex\',\'needs\',\'lead\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('line','kind','anchored','np','regex','needs','lead',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'line\',\'kind\',\'anchored\',\'np\',\'regex\',\'needs\',\'lead\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.line,self.kind,self.anchored,self.np,self.regex,self.needs,self.lead,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.line,self.kind,self.anchored,self.np,self.regex,self.needs,self.lead,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_pattern, _type_parts, _type_lead, _type_index, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_index, _return_type):
 def __init__(self,pattern:_type_pattern,parts:_type_parts,lead:_type_lead,index:_type_index=_dflt_index)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)
  __dataclass_builtins_object__.__setattr__(self,'parts',parts)
  __dataclass_builtins_object__.__setattr__(self,'lead',lead)
  __dataclass_builtins_object__.__setattr__(self,'index',index)
 return __init__


CODE["def __create_fn__(_type_pattern, _type_parts, _type_lead, _type_index, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_index, _return_type):\n def __init__(self,pattern:_type_pattern,parts:_type_parts,lead:_type_lead,index:_type_index=_dflt_index)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)\n  __dataclass_builtins_object__.__setattr__(self,'parts',parts)\n  __dataclass_builtins_object__.__setattr__(self,'lead',lead)\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pattern={self.pattern!r}, parts={self.parts!r}, lead={self.lead!r}, index={self.index!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(pattern={self.pattern!r}, parts={self.parts!r}, lead={self.lead!r}, index={self.index!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pattern,self.parts,self.lead,self.index,)==(other.pattern,other.parts,other.lead,other.index,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.pattern,self.parts,self.lead,self.index,)==(other.pattern,other.parts,other.lead,other.index,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('pattern','parts','lead','index',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'pattern\',\'parts\',\'lead\',\'index\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('pattern','parts','lead','index',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'pattern\',\'parts\',\'lead\',\'index\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.pattern,self.parts,self.lead,self.index,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.pattern,self.parts,self.lead,self.index,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_slug, _type_folder, _type_files, _type_listing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_listing, _return_type):
 def __init__(self,slug:_type_slug,folder:_type_folder,files:_type_files,listing:_type_listing=_dflt_listing)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'slug',slug)
  __dataclass_builtins_object__.__setattr__(self,'folder',folder)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'listing',listing)
 return __init__


CODE["def __create_fn__(_type_slug, _type_folder, _type_files, _type_listing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_listing, _return_type):\n def __init__(self,slug:_type_slug,folder:_type_folder,files:_type_files,listing:_type_listing=_dflt_listing)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'slug',slug)\n  __dataclass_builtins_object__.__setattr__(self,'folder',folder)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'listing',listing)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(slug={self.slug!r}, folder={self.folder!r}, files={self.files!r}, listing={self.listing!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(slug={self.slug!r}, folder={self.folder!r}, files={self.files!r}, listing={self.listing!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.slug,self.folder,self.files,self.listing,)==(other.slug,other.folder,other.files,other.listing,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.slug,self.folder,self.files,self.listing,)==(other.slug,other.folder,other.files,other.listing,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('slug','folder','files','listing',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'slug\',\'folder\',\'files\',\'listing\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('slug','folder','files','listing',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'slug\',\'folder\',\'files\',\'listing\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.slug,self.folder,self.files,self.listing,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.slug,self.folder,self.files,self.listing,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_config, _type_cases, _type_slugs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_slugs, _return_type):
 def __init__(self,config:_type_config,cases:_type_cases,slugs:_type_slugs=_dflt_slugs)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'config',config)
  __dataclass_builtins_object__.__setattr__(self,'cases',cases)
  __dataclass_builtins_object__.__setattr__(self,'slugs',slugs)
 return __init__


CODE["def __create_fn__(_type_config, _type_cases, _type_slugs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_slugs, _return_type):\n def __init__(self,config:_type_config,cases:_type_cases,slugs:_type_slugs=_dflt_slugs)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'config',config)\n  __dataclass_builtins_object__.__setattr__(self,'cases',cases)\n  __dataclass_builtins_object__.__setattr__(self,'slugs',slugs)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(config={self.config!r}, cases={self.cases!r}, slugs={self.slugs!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(config={self.config!r}, cases={self.cases!r}, slugs={self.slugs!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.config,self.cases,self.slugs,)==(other.config,other.cases,other.slugs,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.config,self.cases,self.slugs,)==(other.config,other.cases,other.slugs,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('config','cases','slugs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'config\',\'cases\',\'slugs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('config','cases','slugs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'config\',\'cases\',\'slugs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.config,self.cases,self.slugs,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.config,self.cases,self.slugs,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_path, _type_rel, _type_meta, _type_marks, _type_body, _type_body_line, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,rel:_type_rel,meta:_type_meta,marks:_type_marks,body:_type_body,body_line:_type_body_line,digest:_type_digest)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'rel',rel)
  __dataclass_builtins_object__.__setattr__(self,'meta',meta)
  __dataclass_builtins_object__.__setattr__(self,'marks',marks)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'body_line',body_line)
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
 return __init__


CODE["def __create_fn__(_type_path, _type_rel, _type_meta, _type_marks, _type_body, _type_body_line, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,rel:_type_rel,meta:_type_meta,marks:_type_marks,body:_type_body,body_line:_type_body_line,digest:_type_digest)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'rel',rel)\n  __dataclass_builtins_object__.__setattr__(self,'meta',meta)\n  __dataclass_builtins_object__.__setattr__(self,'marks',marks)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'body_line',body_line)\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, rel={self.rel!r}, meta={self.meta!r}, marks={self.marks!r}, body={self.body!r}, body_line={self.body_line!r}, digest={self.digest!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, rel={self.rel!r}, meta={self.meta!r}, marks={self.marks!r}, body={self.body!r}, body_line={self.body_line!r}, digest={self.digest!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.rel,self.meta,self.marks,self.body,self.body_line,self.digest,)==(other.path,other.rel,other.meta,other.marks,other.body,other.body_line,other.digest,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.rel,self.meta,self.marks,self.body,self.body_line,self.digest,)==(other.path,other.rel,other.meta,other.marks,other.body,other.body_line,other.digest,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','rel','meta','marks','body','body_line','digest',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'rel\',\'meta\',\'marks\',\'body\',\'body_line\',\'digest\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','rel','meta','marks','body','body_line','digest',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'rel\',\'meta\',\'marks\',\'body\',\'body_line\',\'digest\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.rel,self.meta,self.marks,self.body,self.body_line,self.digest,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.rel,self.meta,self.marks,self.body,self.body_line,self.digest,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_by_kind, _type_ids, _type_unreadable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_by_kind, _dflt_ids, _dflt_unreadable, _return_type):
 def __init__(self,by_kind:_type_by_kind=_HAS_DEFAULT_FACTORY,ids:_type_ids=_HAS_DEFAULT_FACTORY,unreadable:_type_unreadable=_HAS_DEFAULT_FACTORY)->_return_type:
  self.by_kind=_dflt_by_kind() if by_kind is _HAS_DEFAULT_FACTORY else by_kind
  self.ids=_dflt_ids() if ids is _HAS_DEFAULT_FACTORY else ids
  self.unreadable=_dflt_unreadable() if unreadable is _HAS_DEFAULT_FACTORY else unreadable
 return __init__


CODE['def __create_fn__(_type_by_kind, _type_ids, _type_unreadable, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_by_kind, _dflt_ids, _dflt_unreadable, _return_type):\n def __init__(self,by_kind:_type_by_kind=_HAS_DEFAULT_FACTORY,ids:_type_ids=_HAS_DEFAULT_FACTORY,unreadable:_type_unreadable=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.by_kind=_dflt_by_kind() if by_kind is _HAS_DEFAULT_FACTORY else by_kind\n  self.ids=_dflt_ids() if ids is _HAS_DEFAULT_FACTORY else ids\n  self.unreadable=_dflt_unreadable() if unreadable is _HAS_DEFAULT_FACTORY else unreadable\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(by_kind={self.by_kind!r}, ids={self.ids!r}, unreadable={self.unreadable!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(by_kind={self.by_kind!r}, ids={self.ids!r}, unreadable={self.unreadable!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.by_kind,self.ids,self.unreadable,)==(other.by_kind,other.ids,other.unreadable,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.by_kind,self.ids,self.unreadable,)==(other.by_kind,other.ids,other.unreadable,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_token, _type_children, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_children, _return_type):
 def __init__(self,token:_type_token,children:_type_children=_HAS_DEFAULT_FACTORY)->_return_type:
  self.token=token
  self.children=_dflt_children() if children is _HAS_DEFAULT_FACTORY else children
 return __init__


CODE['def __create_fn__(_type_token, _type_children, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_children, _return_type):\n def __init__(self,token:_type_token,children:_type_children=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.token=token\n  self.children=_dflt_children() if children is _HAS_DEFAULT_FACTORY else children\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(token={self.token!r}, children={self.children!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(token={self.token!r}, children={self.children!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.token,self.children,)==(other.token,other.children,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.token,self.children,)==(other.token,other.children,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_key, _type_name, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,name:_type_name,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__


CODE["def __create_fn__(_type_key, _type_name, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,name:_type_name,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, name={self.name!r}, text={self.text!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, name={self.name!r}, text={self.text!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.name,self.text,)==(other.key,other.name,other.text,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.name,self.text,)==(other.key,other.name,other.text,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','name','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'name\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','name','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'name\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.name,self.text,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.name,self.text,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_text, _type_sections, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,sections:_type_sections)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'sections',sections)
 return __init__


CODE["def __create_fn__(_type_text, _type_sections, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,sections:_type_sections)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'sections',sections)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, sections={self.sections!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, sections={self.sections!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.sections,)==(other.text,other.sections,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.sections,)==(other.text,other.sections,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','sections',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'sections\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','sections',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'sections\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.sections,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.sections,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_revision, _type_commit, _type_resolved, _type_files, _type_problem, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_commit, _dflt_resolved, _dflt_files, _dflt_problem, _return_type):
 def __init__(self,revision:_type_revision,commit:_type_commit=_dflt_commit,resolved:_type_resolved=_dflt_resolved,files:_type_files=_HAS_DEFAULT_FACTORY,problem:_type_problem=_dflt_problem)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'revision',revision)
  __dataclass_builtins_object__.__setattr__(self,'commit',commit)
  __dataclass_builtins_object__.__setattr__(self,'resolved',resolved)
  __dataclass_builtins_object__.__setattr__(self,'files',_dflt_files() if files is _HAS_DEFAULT_FACTORY else files)
  __dataclass_builtins_object__.__setattr__(self,'problem',problem)
 return __init__


CODE["def __create_fn__(_type_revision, _type_commit, _type_resolved, _type_files, _type_problem, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_commit, _dflt_resolved, _dflt_files, _dflt_problem, _return_type):\n def __init__(self,revision:_type_revision,commit:_type_commit=_dflt_commit,resolved:_type_resolved=_dflt_resolved,files:_type_files=_HAS_DEFAULT_FACTORY,problem:_type_problem=_dflt_problem)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'revision',revision)\n  __dataclass_builtins_object__.__setattr__(self,'commit',commit)\n  __dataclass_builtins_object__.__setattr__(self,'resolved',resolved)\n  __dataclass_builtins_object__.__setattr__(self,'files',_dflt_files() if files is _HAS_DEFAULT_FACTORY else files)\n  __dataclass_builtins_object__.__setattr__(self,'problem',problem)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(revision={self.revision!r}, commit={self.commit!r}, resolved={self.resolved!r}, files={self.files!r}, problem={self.problem!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(revision={self.revision!r}, commit={self.commit!r}, resolved={self.resolved!r}, files={self.files!r}, problem={self.problem!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.revision,self.commit,self.resolved,self.files,self.problem,)==(other.revision,other.commit,other.resolved,other.files,other.problem,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.revision,self.commit,self.resolved,self.files,self.problem,)==(other.revision,other.commit,other.resolved,other.files,other.problem,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('revision','commit','resolved','files','problem',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'revision\',\'commit\',\'resolved\',\'files\',\'problem\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('revision','commit','resolved','files','problem',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'revision\',\'commit\',\'resolved\',\'files\',\'problem\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.revision,self.commit,self.resolved,self.files,self.problem,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.revision,self.commit,self.resolved,self.files,self.problem,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_state, _type_label, _type_next_step, _type_ready, _type_blocker, _type_history, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocker, _dflt_history, _return_type):
 def __init__(self,state:_type_state,label:_type_label,next_step:_type_next_step,ready:_type_ready,blocker:_type_blocker=_dflt_blocker,history:_type_history=_dflt_history)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'state',state)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'next_step',next_step)
  __dataclass_builtins_object__.__setattr__(self,'ready',ready)
  __dataclass_builtins_object__.__setattr__(self,'blocker',blocker)
  __dataclass_builtins_object__.__setattr__(self,'history',history)
 return __init__


CODE["def __create_fn__(_type_state, _type_label, _type_next_step, _type_ready, _type_blocker, _type_history, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocker, _dflt_history, _return_type):\n def __init__(self,state:_type_state,label:_type_label,next_step:_type_next_step,ready:_type_ready,blocker:_type_blocker=_dflt_blocker,history:_type_history=_dflt_history)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'state',state)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'next_step',next_step)\n  __dataclass_builtins_object__.__setattr__(self,'ready',ready)\n  __dataclass_builtins_object__.__setattr__(self,'blocker',blocker)\n  __dataclass_builtins_object__.__setattr__(self,'history',history)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(state={self.state!r}, label={self.label!r}, next_step={self.next_step!r}, ready={self.ready!r}, blocker={self.blocker!r}, history={self.history!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(state={self.state!r}, label={self.label!r}, next_step={self.next_step!r}, ready={self.ready!r}, blocker={self.blocker!r}, history={self.history!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.state,self.label,self.next_step,self.ready,self.blocker,self.history,)==(other.state,other.label,other.next_step,other.ready,other.blocker,other.history,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.state,self.label,self.next_step,self.ready,self.blocker,self.history,)==(other.state,other.label,other.next_step,other.ready,other.blocker,other.history,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('state','label','next_step','ready','blocker','history',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'state\',\'label\',\'next_step\',\'ready\',\'blocker\',\'history\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('state','label','next_step','ready','blocker','history',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'state\',\'label\',\'next_step\',\'ready\',\'blocker\',\'history\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.state,self.label,self.next_step,self.ready,self.blocker,self.history,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.state,self.label,self.next_step,self.ready,self.blocker,self.history,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_slug, _type_title, _type_store_name, _type_violation, _type_state, _type_status, _type_next_step, _type_ready, _type_last_date, _type_last_channel, _type_last_outcome, _type_errors, _type_warnings, _type_built, _type_blocker, _type_history, _type_language, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_last_date, _dflt_last_channel, _dflt_last_outcome, _dflt_errors, _dflt_warnings, _dflt_built, _dflt_blocker, _dflt_history, _dflt_language, _return_type):
 def __init__(self,slug:_type_slug,title:_type_title,store_name:_type_store_name,violation:_type_violation,state:_type_state,status:_type_status,next_step:_type_next_step,ready:_type_ready,last_date:_type_last_date=_dflt_last_date,last_channel:_type_last_channel=_dflt_last_channel,last_outcome:_type_last_outcome=_dflt_last_outcome,errors:_type_errors=_dflt_errors,warnings:_type_warnings=_dflt_warnings,built:_type_built=_dflt_built,blocker:_type_blocker=_dflt_blocker,history:_type_history=_dflt_history,language:_type_language=_dflt_language)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'slug',slug)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'store_name',store_name)
  __dataclass_builtins_object__.__setattr__(self,'violation',violation)
  __dataclass_builtins_object__.__setattr__(self,'state',state)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'next_step',next_step)
  __dataclass_builtins_object__.__setattr__(self,'ready',ready)
  __dataclass_builtins_object__.__setattr__(self,'last_date',last_date)
  __dataclass_builtins_object__.__setattr__(self,'last_channel',last_channel)
  __dataclass_builtins_object__.__setattr__(self,'last_outcome',last_outcome)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)
  __dataclass_builtins_object__.__setattr__(self,'built',built)
  __dataclass_builtins_object__.__setattr__(self,'blocker',blocker)
  __dataclass_builtins_object__.__setattr__(self,'history',history)
  __dataclass_builtins_object__.__setattr__(self,'language',language)
 return __init__


CODE["def __create_fn__(_type_slug, _type_title, _type_store_name, _type_violation, _type_state, _type_status, _type_next_step, _type_ready, _type_last_date, _type_last_channel, _type_last_outcome, _type_errors, _type_warnings, _type_built, _type_blocker, _type_history, _type_language, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_last_date, _dflt_last_channel, _dflt_last_outcome, _dflt_errors, _dflt_warnings, _dflt_built, _dflt_blocker, _dflt_history, _dflt_language, _return_type):\n def __init__(self,slug:_type_slug,title:_type_title,store_name:_type_store_name,violation:_type_violation,state:_type_state,status:_type_status,next_step:_type_next_step,ready:_type_ready,last_date:_type_last_date=_dflt_last_date,last_channel:_type_last_channel=_dflt_last_channel,last_outcome:_type_last_outcome=_dflt_last_outcome,errors:_type_errors=_dflt_errors,warnings:_type_warnings=_dflt_warnings,built:_type_built=_dflt_built,blocker:_type_blocker=_dflt_blocker,history:_type_history=_dflt_history,language:_type_language=_dflt_language)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'slug',slug)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'store_name',store_name)\n  __dataclass_builtins_object__.__setattr__(self,'violation',violation)\n  __dataclass_builtins_object__.__setattr__(self,'state',state)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'next_step',next_step)\n  __dataclass_builtins_object__.__setattr__(self,'ready',ready)\n  __dataclass_builtins_object__.__setattr__(self,'last_date',last_date)\n  __dataclass_builtins_object__.__setattr__(self,'last_channel',last_channel)\n  __dataclass_builtins_object__.__setattr__(self,'last_outcome',last_outcome)\n  __dataclass_builtins_object__.__setattr__(self,'errors',errors)\n  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)\n  __dataclass_builtins_object__.__setattr__(self,'built',built)\n  __dataclass_builtins_object__.__setattr__(self,'blocker',blocker)\n  __dataclass_builtins_object__.__setattr__(self,'history',history)\n  __dataclass_builtins_object__.__setattr__(self,'language',language)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(slug={self.slug!r}, title={self.title!r}, store_name={self.store_name!r}, violation={self.violation!r}, state={self.state!r}, status={self.status!r}, next_step={self.next_step!r}, ready={self.ready!r}, last_date={self.last_date!r}, last_channel={self.last_channel!r}, last_outcome={self.last_outcome!r}, errors={self.errors!r}, warnings={self.warnings!r}, built={self.built!r}, blocker={self.blocker!r}, history={self.history!r}, language={self.language!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(slug={self.slug!r}, title={self.title!r}, store_name={self.store_name!r}, violation={self.violation!r}, state={self.state!r}, status={self.status!r}, next_step={self.next_step!r}, ready={self.ready!r}, last_date={self.last_date!r}, last_channel={self.last_channel!r}, last_outcome={self.last_outcome!r}, errors={self.errors!r}, warnings={self.warnings!r}, built={self.built!r}, blocker={self.blocker!r}, history={self.history!r}, language={self.language!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.slug,self.title,self.store_name,self.violation,self.state,self.status,self.next_step,self.ready,self.last_date,self.last_channel,self.last_outcome,self.errors,self.warnings,self.built,self.blocker,self.history,self.language,)==(other.slug,other.title,other.store_name,other.violation,other.state,other.status,other.next_step,other.ready,other.last_date,other.last_channel,other.last_outcome,other.errors,other.warnings,other.built,other.blocker,other.history,other.language,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.slug,self.title,self.store_name,self.violation,self.state,self.status,self.next_step,self.ready,self.last_date,self.last_channel,self.last_outcome,self.errors,self.warnings,self.built,self.blocker,self.history,self.language,)==(other.slug,other.title,other.store_name,other.violation,other.state,other.status,other.next_step,other.ready,other.last_date,other.last_channel,other.last_outcome,other.errors,other.warnings,other.built,other.blocker,other.history,other.language,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('slug','title','store_name','violation','state','status','next_step','ready','last_date','last_channel','last_outcome','errors','warnings','built','blocker','history','language',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'slug\',\'title\',\'store_name\',\'violation\',\'state\',\'status\',\'next_step\',\'ready\',\'last_date\',\'last_channel\',\'last_outcome\',\'errors\',\'warnings\',\'built\',\'blocker\',\'history\',\'language\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('slug','title','store_name','violation','state','status','next_step','ready','last_date','last_channel','last_outcome','errors','warnings','built','blocker','history','language',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'slug\',\'title\',\'store_name\',\'violation\',\'state\',\'status\',\'next_step\',\'ready\',\'last_date\',\'last_channel\',\'last_outcome\',\'errors\',\'warnings\',\'built\',\'blocker\',\'history\',\'language\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.slug,self.title,self.store_name,self.violation,self.state,self.status,self.next_step,self.ready,self.last_date,self.last_channel,self.last_outcome,self.errors,self.warnings,self.built,self.blocker,self.history,self.language,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.slug,self.title,self.store_name,self.violation,self.state,self.status,self.next_step,self.ready,self.last_date,self.last_channel,self.last_outcome,self.errors,self.warnings,self.built,self.blocker,self.history,self.language,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_due, _type_where, _type_computed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_computed, _return_type):
 def __init__(self,due:_type_due,where:_type_where,computed:_type_computed=_dflt_computed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'due',due)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
  __dataclass_builtins_object__.__setattr__(self,'computed',computed)
 return __init__


CODE["def __create_fn__(_type_due, _type_where, _type_computed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_computed, _return_type):\n def __init__(self,due:_type_due,where:_type_where,computed:_type_computed=_dflt_computed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'due',due)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n  __dataclass_builtins_object__.__setattr__(self,'computed',computed)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(due={self.due!r}, where={self.where!r}, computed={self.computed!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(due={self.due!r}, where={self.where!r}, computed={self.computed!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.due,self.where,self.computed,)==(other.due,other.where,other.computed,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.due,self.where,self.computed,)==(other.due,other.where,other.computed,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('due','where','computed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'due\',\'where\',\'computed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('due','where','computed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'due\',\'where\',\'computed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.due,self.where,self.computed,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.due,self.where,self.computed,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_written, _type_unchanged, _type_removed, _type_gone, _type_moved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_written, _dflt_unchanged, _dflt_removed, _dflt_gone, _dflt_moved, _return_type):
 def __init__(self,written:_type_written=_HAS_DEFAULT_FACTORY,unchanged:_type_unchanged=_HAS_DEFAULT_FACTORY,removed:_type_removed=_HAS_DEFAULT_FACTORY,gone:_type_gone=_HAS_DEFAULT_FACTORY,moved:_type_moved=_HAS_DEFAULT_FACTORY)->_return_type:
  self.written=_dflt_written() if written is _HAS_DEFAULT_FACTORY else written
  self.unchanged=_dflt_unchanged() if unchanged is _HAS_DEFAULT_FACTORY else unchanged
  self.removed=_dflt_removed() if removed is _HAS_DEFAULT_FACTORY else removed
  self.gone=_dflt_gone() if gone is _HAS_DEFAULT_FACTORY else gone
  self.moved=_dflt_moved() if moved is _HAS_DEFAULT_FACTORY else moved
 return __init__


CODE['def __create_fn__(_type_written, _type_unchanged, _type_removed, _type_gone, _type_moved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_written, _dflt_unchanged, _dflt_removed, _dflt_gone, _dflt_moved, _return_type):\n def __init__(self,written:_type_written=_HAS_DEFAULT_FACTORY,unchanged:_type_unchanged=_HAS_DEFAULT_FACTORY,removed:_type_removed=_HAS_DEFAULT_FACTORY,gone:_type_gone=_HAS_DEFAULT_FACTORY,moved:_type_moved=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.written=_dflt_written() if written is _HAS_DEFAULT_FACTORY else written\n  self.unchanged=_dflt_unchanged() if unchanged is _HAS_DEFAULT_FACTORY else unchanged\n  self.removed=_dflt_removed() if removed is _HAS_DEFAULT_FACTORY else removed\n  self.gone=_dflt_gone() if gone is _HAS_DEFAULT_FACTORY else gone\n  self.moved=_dflt_moved() if moved is _HAS_DEFAULT_FACTORY else moved\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(written={self.written!r}, unchanged={self.unchanged!r}, removed={self.removed!r}, gone={self.gone!r}, moved={self.moved!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(written={self.written!r}, unchanged={self.unchanged!r}, removed={self.removed!r}, gone={self.gone!r}, moved={self.moved!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.written,self.unchanged,self.removed,self.gone,self.moved,)==(other.written,other.unchanged,other.removed,other.gone,other.moved,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.written,self.unchanged,self.removed,self.gone,self.moved,)==(other.written,other.unchanged,other.removed,other.gone,other.moved,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_outputs, _type_inputs, _type_ok, _type_summary, _type_stats, _type_checked, _type_fingerprint, _type_complete, _type_slow, _type_diagnostics, _type_revisions, _type_stamp, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_outputs, _dflt_inputs, _dflt_ok, _dflt_summary, _dflt_stats, _dflt_checked, _dflt_fingerprint, _dflt_complete, _dflt_slow, _dflt_diagnostics, _dflt_revisions, _dflt_stamp, _dflt_digest, _return_type):
 def __init__(self,outputs:_type_outputs=_HAS_DEFAULT_FACTORY,inputs:_type_inputs=_HAS_DEFAULT_FACTORY,ok:_type_ok=_dflt_ok,summary:_type_summary=_HAS_DEFAULT_FACTORY,stats:_type_stats=_HAS_DEFAULT_FACTORY,checked:_type_checked=_dflt_checked,fingerprint:_type_fingerprint=_dflt_fingerprint,complete:_type_complete=_dflt_complete,slow:_type_slow=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,revisions:_type_revisions=_HAS_DEFAULT_FACTORY,stamp:_type_stamp=_dflt_stamp,digest:_type_digest=_dflt_digest)->_return_type:
  self.outputs=_dflt_outputs() if outputs is _HAS_DEFAULT_FACTORY else outputs
  self.inputs=_dflt_inputs() if inputs is _HAS_DEFAULT_FACTORY else inputs
  self.ok=ok
  self.summary=_dflt_summary() if summary is _HAS_DEFAULT_FACTORY else summary
  self.stats=_dflt_stats() if stats is _HAS_DEFAULT_FACTORY else stats
  self.checked=checked
  self.fingerprint=fingerprint
  self.complete=complete
  self.slow=_dflt_slow() if slow is _HAS_DEFAULT_FACTORY else slow
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
  self.revisions=_dflt_revisions() if revisions is _HAS_DEFAULT_FACTORY else revisions
  self.stamp=stamp
  self.digest=digest
 return __init__


CODE['def __create_fn__(_type_outputs, _type_inputs, _type_ok, _type_summary, _type_stats, _type_checked, _type_fingerprint, _type_complete, _type_slow, _type_diagnostics, _type_revisions, _type_stamp, _type_digest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_outputs, _dflt_inputs, _dflt_ok, _dflt_summary, _dflt_stats, _dflt_checked, _dflt_fingerprint, _dflt_complete, _dflt_slow, _dflt_diagnostics, _dflt_revisions, _dflt_stamp, _dflt_digest, _return_type):\n def __init__(self,outputs:_type_outputs=_HAS_DEFAULT_FACTORY,inputs:_type_inputs=_HAS_DEFAULT_FACTORY,ok:_type_ok=_dflt_ok,summary:_type_summary=_HAS_DEFAULT_FACTORY,stats:_type_stats=_HAS_DEFAULT_FACTORY,checked:_type_checked=_dflt_checked,fingerprint:_type_fingerprint=_dflt_fingerprint,complete:_type_complete=_dflt_complete,slow:_type_slow=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,revisions:_type_revisions=_HAS_DEFAULT_FACTORY,stamp:_type_stamp=_dflt_stamp,digest:_type_digest=_dflt_digest)->_return_type:\n  self.outputs=_dflt_outputs() if outputs is _HAS_DEFAULT_FACTORY else outputs\n  self.inputs=_dflt_inputs() if inputs is _HAS_DEFAULT_FACTORY else inputs\n  self.ok=ok\n  self.summary=_dflt_summary() if summary is _HAS_DEFAULT_FACTORY else summary\n  self.stats=_dflt_stats() if stats is _HAS_DEFAULT_FACTORY else stats\n  self.checked=checked\n  self.fingerprint=fingerprint\n  self.complete=complete\n  self.slow=_dflt_slow() if slow is _HAS_DEFAULT_FACTORY else slow\n  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics\n  self.revisions=_dflt_revisions() if revisions is _HAS_DEFAULT_FACTORY else revisions\n  self.stamp=stamp\n  self.digest=digest\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(outputs={self.outputs!r}, inputs={self.inputs!r}, ok={self.ok!r}, summary={self.summary!r}, stats={self.stats!r}, checked={self.checked!r}, fingerprint={self.fingerprint!r}, complete={self.complete!r}, slow={self.slow!r}, diagnostics={self.diagnostics!r}, revisions={self.revisions!r}, stamp={self.stamp!r}, digest={self.digest!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(outputs={self.outputs!r}, inputs={self.inputs!r}, ok={self.ok!r}, summary={self.summary!r}, stats={self.stats!r}, checked={self.checked!r}, fingerprint={self.fingerprint!r}, complete={self.complete!r}, slow={self.slow!r}, diagnostics={self.diagnostics!r}, revisions={self.revisions!r}, stamp={self.stamp!r}, digest={self.digest!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.outputs,self.inputs,self.ok,self.summary,self.stats,self.checked,self.fingerprint,self.complete,self.slow,self.diagnostics,self.revisions,self.stamp,self.digest,)==(other.outputs,other.inputs,other.ok,other.summary,other.stats,other.checked,other.fingerprint,other.complete,other.slow,other.diagnostics,other.revisions,other.stamp,other.digest,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.outputs,self.inputs,self.ok,self.summary,self.stats,self.checked,self.fingerprint,self.complete,self.slow,self.diagnostics,self.revisions,self.stamp,self.digest,)==(other.outputs,other.inputs,other.ok,other.summary,other.stats,other.checked,other.fingerprint,other.complete,other.slow,other.diagnostics,other.revisions,other.stamp,other.digest,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_version, _type_cases, _type_files, _type_files_checksum, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_version, _dflt_cases, _dflt_files, _dflt_files_checksum, _return_type):
 def __init__(self,version:_type_version=_dflt_version,cases:_type_cases=_HAS_DEFAULT_FACTORY,files:_type_files=_dflt_files,files_checksum:_type_files_checksum=_dflt_files_checksum)->_return_type:
  self.version=version
  self.cases=_dflt_cases() if cases is _HAS_DEFAULT_FACTORY else cases
  self.files=files
  self.files_checksum=files_checksum
 return __init__


CODE['def __create_fn__(_type_version, _type_cases, _type_files, _type_files_checksum, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_version, _dflt_cases, _dflt_files, _dflt_files_checksum, _return_type):\n def __init__(self,version:_type_version=_dflt_version,cases:_type_cases=_HAS_DEFAULT_FACTORY,files:_type_files=_dflt_files,files_checksum:_type_files_checksum=_dflt_files_checksum)->_return_type:\n  self.version=version\n  self.cases=_dflt_cases() if cases is _HAS_DEFAULT_FACTORY else cases\n  self.files=files\n  self.files_checksum=files_checksum\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(version={self.version!r}, cases={self.cases!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(version={self.version!r}, cases={self.cases!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.version,self.cases,)==(other.version,other.cases,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.version,self.cases,)==(other.version,other.cases,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_hashes, _type_stats, _type_checked, _type_hashed, _type_paths, _type_known, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hashed, _dflt_paths, _dflt_known, _return_type):
 def __init__(self,hashes:_type_hashes,stats:_type_stats,checked:_type_checked,hashed:_type_hashed=_dflt_hashed,paths:_type_paths=_HAS_DEFAULT_FACTORY,known:_type_known=_dflt_known)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'hashes',hashes)
  __dataclass_builtins_object__.__setattr__(self,'stats',stats)
  __dataclass_builtins_object__.__setattr__(self,'checked',checked)
  __dataclass_builtins_object__.__setattr__(self,'hashed',hashed)
  __dataclass_builtins_object__.__setattr__(self,'paths',_dflt_paths() if paths is _HAS_DEFAULT_FACTORY else paths)
  __dataclass_builtins_object__.__setattr__(self,'known',known)
 return __init__


CODE["def __create_fn__(_type_hashes, _type_stats, _type_checked, _type_hashed, _type_paths, _type_known, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hashed, _dflt_paths, _dflt_known, _return_type):\n def __init__(self,hashes:_type_hashes,stats:_type_stats,checked:_type_checked,hashed:_type_hashed=_dflt_hashed,paths:_type_paths=_HAS_DEFAULT_FACTORY,known:_type_known=_dflt_known)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'hashes',hashes)\n  __dataclass_builtins_object__.__setattr__(self,'stats',stats)\n  __dataclass_builtins_object__.__setattr__(self,'checked',checked)\n  __dataclass_builtins_object__.__setattr__(self,'hashed',hashed)\n  __dataclass_builtins_object__.__setattr__(self,'paths',_dflt_paths() if paths is _HAS_DEFAULT_FACTORY else paths)\n  __dataclass_builtins_object__.__setattr__(self,'known',known)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(hashes={self.hashes!r}, stats={self.stats!r}, checked={self.checked!r}, hashed={self.hashed!r}, paths={self.paths!r}, known={self.known!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(hashes={self.hashes!r}, stats={self.stats!r}, checked={self.checked!r}, hashed={self.hashed!r}, paths={self.paths!r}, known={self.known!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.hashes,self.stats,self.checked,self.hashed,self.paths,self.known,)==(other.hashes,other.stats,other.checked,other.hashed,other.paths,other.known,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.hashes,self.stats,self.checked,self.hashed,self.paths,self.known,)==(other.hashes,other.stats,other.checked,other.hashed,other.paths,other.known,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('hashes','stats','checked','hashed','paths','known',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'hashes\',\'stats\',\'checked\',\'hashed\',\'paths\',\'known\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('hashes','stats','checked','hashed','paths','known',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'hashes\',\'stats\',\'checked\',\'hashed\',\'paths\',\'known\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.hashes,self.stats,self.checked,self.hashed,self.paths,self.known,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.hashes,self.stats,self.checked,self.hashed,self.paths,self.known,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_render, _type_slow, _type_warm_up, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_slow, _dflt_warm_up, _return_type):
 def __init__(self,name:_type_name,render:_type_render,slow:_type_slow=_dflt_slow,warm_up:_type_warm_up=_dflt_warm_up)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'render',render)
  __dataclass_builtins_object__.__setattr__(self,'slow',slow)
  __dataclass_builtins_object__.__setattr__(self,'warm_up',warm_up)
 return __init__


CODE["def __create_fn__(_type_name, _type_render, _type_slow, _type_warm_up, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_slow, _dflt_warm_up, _return_type):\n def __init__(self,name:_type_name,render:_type_render,slow:_type_slow=_dflt_slow,warm_up:_type_warm_up=_dflt_warm_up)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'render',render)\n  __dataclass_builtins_object__.__setattr__(self,'slow',slow)\n  __dataclass_builtins_object__.__setattr__(self,'warm_up',warm_up)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, render={self.render!r}, slow={self.slow!r}, warm_up={self.warm_up!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, render={self.render!r}, slow={self.slow!r}, warm_up={self.warm_up!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.render,self.slow,self.warm_up,)==(other.name,other.render,other.slow,other.warm_up,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.render,self.slow,self.warm_up,)==(other.name,other.render,other.slow,other.warm_up,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','render','slow','warm_up',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'render\',\'slow\',\'warm_up\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','render','slow','warm_up',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'render\',\'slow\',\'warm_up\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.render,self.slow,self.warm_up,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.render,self.slow,self.warm_up,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_strict, _type_pdf, _type_only, _type_out, _type_today, _type_jobs, _type_force, _type_steps, _type_added_rules, _type_read_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_strict, _dflt_pdf, _dflt_only, _dflt_out, _dflt_today, _dflt_jobs, _dflt_force, _dflt_steps, _dflt_added_rules, _dflt_read_only, _return_type):
 def __init__(self,strict:_type_strict=_dflt_strict,pdf:_type_pdf=_dflt_pdf,only:_type_only=_dflt_only,out:_type_out=_dflt_out,today:_type_today=_dflt_today,jobs:_type_jobs=_dflt_jobs,force:_type_force=_dflt_force,steps:_type_steps=_dflt_steps,added_rules:_type_added_rules=_dflt_added_rules,read_only:_type_read_only=_dflt_read_only)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'strict',strict)
  __dataclass_builtins_object__.__setattr__(self,'pdf',pdf)
  __dataclass_builtins_object__.__setattr__(self,'only',only)
  __dataclass_builtins_object__.__setattr__(self,'out',out)
  __dataclass_builtins_object__.__setattr__(self,'today',today)
  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)
  __dataclass_builtins_object__.__setattr__(self,'force',force)
  __dataclass_builtins_object__.__setattr__(self,'steps',steps)
  __dataclass_builtins_object__.__setattr__(self,'added_rules',added_rules)
  __dataclass_builtins_object__.__setattr__(self,'read_only',read_only)
 return __init__


CODE["def __create_fn__(_type_strict, _type_pdf, _type_only, _type_out, _type_today, _type_jobs, _type_force, _type_steps, _type_added_rules, _type_read_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_strict, _dflt_pdf, _dflt_only, _dflt_out, _dflt_today, _dflt_jobs, _dflt_force, _dflt_steps, _dflt_added_rules, _dflt_read_only, _return_type):\n def __init__(self,strict:_type_strict=_dflt_strict,pdf:_type_pdf=_dflt_pdf,only:_type_only=_dflt_only,out:_type_out=_dflt_out,today:_type_today=_dflt_today,jobs:_type_jobs=_dflt_jobs,force:_type_force=_dflt_force,steps:_type_steps=_dflt_steps,added_rules:_type_added_rules=_dflt_added_rules,read_only:_type_read_only=_dflt_read_only)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'strict',strict)\n  __dataclass_builtins_object__.__setattr__(self,'pdf',pdf)\n  __dataclass_builtins_object__.__setattr__(self,'only',only)\n  __dataclass_builtins_object__.__setattr__(self,'out',out)\n  __dataclass_builtins_object__.__setattr__(self,'today',today)\n  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)\n  __dataclass_builtins_object__.__setattr__(self,'force',force)\n  __dataclass_builtins_object__.__setattr__(self,'steps',steps)\n  __dataclass_builtins_object__.__setattr__(self,'added_rules',added_rules)\n  __dataclass_builtins_object__.__setattr__(self,'read_only',read_only)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(strict={self.strict!r}, pdf={self.pdf!r}, only={self.only!r}, out={self.out!r}, today={self.today!r}, jobs={self.jobs!r}, force={self.force!r}, steps={self.steps!r}, added_rules={self.added_rules!r}, read_only={self.read_only!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(strict={self.strict!r}, pdf={self.pdf!r}, only={self.only!r}, out={self.out!r}, today={self.today!r}, jobs={self.jobs!r}, force={self.force!r}, steps={self.steps!r}, added_rules={self.added_rules!r}, read_only={self.read_only!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.strict,self.pdf,self.only,self.out,self.today,self.jobs,self.force,self.steps,self.added_rules,self.read_only,)==(other.strict,other.pdf,other.only,other.out,other.today,other.jobs,other.force,other.steps,other.added_rules,other.read_only,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.strict,self.pdf,self.only,self.out,self.today,self.jobs,self.force,self.steps,self.added_rules,self.read_only,)==(other.strict,other.pdf,other.only,other.out,other.today,other.jobs,other.force,other.steps,other.added_rules,other.read_only,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('strict','pdf','only','out','today','jobs','force','steps','added_rules','read_only',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'strict\',\'pdf\',\'only\',\'out\',\'today\',\'jobs\',\'force\',\'steps\',\'added_rules\',\'read_only\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('strict','pdf','only','out','today','jobs','force','steps','added_rules','read_only',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'strict\',\'pdf\',\'only\',\'out\',\'today\',\'jobs\',\'force\',\'steps\',\'added_rules\',\'read_only\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.strict,self.pdf,self.only,self.out,self.today,self.jobs,self.force,self.steps,self.added_rules,self.read_only,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.strict,self.pdf,self.only,self.out,self.today,self.jobs,self.force,self.steps,self.added_rules,self.read_only,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_case_dir, _type_inputs, _type_fingerprint, _type_fresh, _type_options, _type_revisions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_revisions, _return_type):
 def __init__(self,case_dir:_type_case_dir,inputs:_type_inputs,fingerprint:_type_fingerprint,fresh:_type_fresh,options:_type_options,revisions:_type_revisions=_dflt_revisions)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'case_dir',case_dir)
  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)
  __dataclass_builtins_object__.__setattr__(self,'fingerprint',fingerprint)
  __dataclass_builtins_object__.__setattr__(self,'fresh',fresh)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
  __dataclass_builtins_object__.__setattr__(self,'revisions',revisions)
 return __init__


CODE["def __create_fn__(_type_case_dir, _type_inputs, _type_fingerprint, _type_fresh, _type_options, _type_revisions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_revisions, _return_type):\n def __init__(self,case_dir:_type_case_dir,inputs:_type_inputs,fingerprint:_type_fingerprint,fresh:_type_fresh,options:_type_options,revisions:_type_revisions=_dflt_revisions)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'case_dir',case_dir)\n  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)\n  __dataclass_builtins_object__.__setattr__(self,'fingerprint',fingerprint)\n  __dataclass_builtins_object__.__setattr__(self,'fresh',fresh)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n  __dataclass_builtins_object__.__setattr__(self,'revisions',revisions)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(case_dir={self.case_dir!r}, inputs={self.inputs!r}, fingerprint={self.fingerprint!r}, fresh={self.fresh!r}, options={self.options!r}, revisions={self.revisions!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(case_dir={self.case_dir!r}, inputs={self.inputs!r}, fingerprint={self.fingerprint!r}, fresh={self.fresh!r}, options={self.options!r}, revisions={self.revisions!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.case_dir,self.inputs,self.fingerprint,self.fresh,self.options,self.revisions,)==(other.case_dir,other.inputs,other.fingerprint,other.fresh,other.options,other.revisions,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.case_dir,self.inputs,self.fingerprint,self.fresh,self.options,self.revisions,)==(other.case_dir,other.inputs,other.fingerprint,other.fresh,other.options,other.revisions,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('case_dir','inputs','fingerprint','fresh','options','revisions',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'case_dir\',\'inputs\',\'fingerprint\',\'fresh\',\'options\',\'revisions\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('case_dir','inputs','fingerprint','fresh','options','revisions',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'case_dir\',\'inputs\',\'fingerprint\',\'fresh\',\'options\',\'revisions\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.case_dir,self.inputs,self.fingerprint,self.fresh,self.options,self.revisions,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.case_dir,self.inputs,self.fingerprint,self.fresh,self.options,self.revisions,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_slug, _type_outputs, _type_diagnostics, _type_summary, _type_source_errors, _type_strict_errors, _type_notes, _type_slow_outputs, _type_complete, _type_reused, _type_revisions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_strict_errors, _dflt_notes, _dflt_slow_outputs, _dflt_complete, _dflt_reused, _dflt_revisions, _return_type):
 def __init__(self,slug:_type_slug,outputs:_type_outputs,diagnostics:_type_diagnostics,summary:_type_summary,source_errors:_type_source_errors,strict_errors:_type_strict_errors=_dflt_strict_errors,notes:_type_notes=_dflt_notes,slow_outputs:_type_slow_outputs=_dflt_slow_outputs,complete:_type_complete=_dflt_complete,reused:_type_reused=_dflt_reused,revisions:_type_revisions=_dflt_revisions)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'slug',slug)
  __dataclass_builtins_object__.__setattr__(self,'outputs',outputs)
  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'source_errors',source_errors)
  __dataclass_builtins_object__.__setattr__(self,'strict_errors',strict_errors)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'slow_outputs',slow_outputs)
  __dataclass_builtins_object__.__setattr__(self,'complete',complete)
  __dataclass_builtins_object__.__setattr__(self,'reused',reused)
  __dataclass_builtins_object__.__setattr__(self,'revisions',revisions)
 return __init__


CODE["def __create_fn__(_type_slug, _type_outputs, _type_diagnostics, _type_summary, _type_source_errors, _type_strict_errors, _type_notes, _type_slow_outputs, _type_complete, _type_reused, _type_revisions, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_strict_errors, _dflt_notes, _dflt_slow_outputs, _dflt_complete, _dflt_reused, _dflt_revisions, _return_type):\n def __init__(self,slug:_type_slug,outputs:_type_outputs,diagnostics:_type_diagnostics,summary:_type_summary,source_errors:_type_source_errors,strict_errors:_type_strict_errors=_dflt_strict_errors,notes:_type_notes=_dflt_notes,slow_outputs:_type_slow_outputs=_dflt_slow_outputs,complete:_type_complete=_dflt_complete,reused:_type_reused=_dflt_reused,revisions:_type_revisions=_dflt_revisions)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'slug',slug)\n  __dataclass_builtins_object__.__setattr__(self,'outputs',outputs)\n  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'source_errors',source_errors)\n  __dataclass_builtins_object__.__setattr__(self,'strict_errors',strict_errors)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'slow_outputs',slow_outputs)\n  __dataclass_builtins_object__.__setattr__(self,'complete',complete)\n  __dataclass_builtins_object__.__setattr__(self,'reused',reused)\n  __dataclass_builtins_object__.__setattr__(self,'revisions',revisions)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(slug={self.slug!r}, outputs={self.outputs!r}, diagnostics={self.diagnostics!r}, summary={self.summary!r}, source_errors={self.source_errors!r}, strict_errors={self.strict_errors!r}, notes={self.notes!r}, slow_outputs={self.slow_outputs!r}, complete={self.complete!r}, reused={self.reused!r}, revisions={self.revisions!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(slug={self.slug!r}, outputs={self.outputs!r}, diagnostics={self.diagnostics!r}, summary={self.summary!r}, source_errors={self.source_errors!r}, strict_errors={self.strict_errors!r}, notes={self.notes!r}, slow_outputs={self.slow_outputs!r}, complete={self.complete!r}, reused={self.reused!r}, revisions={self.revisions!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.slug,self.outputs,self.diagnostics,self.summary,self.source_errors,self.strict_errors,self.notes,self.slow_outputs,self.complete,self.reused,self.revisions,)==(other.slug,other.outputs,other.diagnostics,other.summary,other.source_errors,other.strict_errors,other.notes,other.slow_outputs,other.complete,other.reused,other.revisions,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.slug,self.outputs,self.diagnostics,self.summary,self.source_errors,self.strict_errors,self.notes,self.slow_outputs,self.complete,self.reused,self.revisions,)==(other.slug,other.outputs,other.diagnostics,other.summary,other.source_errors,other.strict_errors,other.notes,other.slow_outputs,other.complete,other.reused,other.revisions,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('slug','outputs','diagnostics','summary','source_errors','strict_errors','notes','slow_outputs','complete','reused','revisions',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'slug\',\'outputs\',\'diagnostics\',\'summary\',\'source_errors\',\'strict_errors\',\'notes\',\'slow_outputs\',\'complete\',\'reused\',\'revisions\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('slug','outputs','diagnostics','summary','source_errors','strict_errors','notes','slow_outputs','complete','reused','revisions',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'slug\',\'outputs\',\'diagnostics\',\'summary\',\'source_errors\',\'strict_errors\',\'notes\',\'slow_outputs\',\'complete\',\'reused\',\'revisions\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.slug,self.outputs,self.diagnostics,self.summary,self.source_errors,self.strict_errors,self.notes,self.slow_outputs,self.complete,self.reused,self.revisions,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.slug,self.outputs,self.diagnostics,self.summary,self.source_errors,self.strict_errors,self.notes,self.slow_outputs,self.complete,self.reused,self.revisions,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_config, _type_out_dir, _type_cases, _type_project_diagnostics, _type_stats, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,config:_type_config,out_dir:_type_out_dir,cases:_type_cases,project_diagnostics:_type_project_diagnostics,stats:_type_stats)->_return_type:
  self.config=config
  self.out_dir=out_dir
  self.cases=cases
  self.project_diagnostics=project_diagnostics
  self.stats=stats
 return __init__


CODE['def __create_fn__(_type_config, _type_out_dir, _type_cases, _type_project_diagnostics, _type_stats, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,config:_type_config,out_dir:_type_out_dir,cases:_type_cases,project_diagnostics:_type_project_diagnostics,stats:_type_stats)->_return_type:\n  self.config=config\n  self.out_dir=out_dir\n  self.cases=cases\n  self.project_diagnostics=project_diagnostics\n  self.stats=stats\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(config={self.config!r}, out_dir={self.out_dir!r}, cases={self.cases!r}, project_diagnostics={self.project_diagnostics!r}, stats={self.stats!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(config={self.config!r}, out_dir={self.out_dir!r}, cases={self.cases!r}, project_diagnostics={self.project_diagnostics!r}, stats={self.stats!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.config,self.out_dir,self.cases,self.project_diagnostics,self.stats,)==(other.config,other.out_dir,other.cases,other.project_diagnostics,other.stats,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.config,self.out_dir,self.cases,self.project_diagnostics,self.stats,)==(other.config,other.out_dir,other.cases,other.project_diagnostics,other.stats,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_config, _type_out_dir, _type_manifest, _type_recovered, _type_known, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_manifest, _dflt_recovered, _dflt_known, _return_type):
 def __init__(self,config:_type_config,out_dir:_type_out_dir,manifest:_type_manifest=_HAS_DEFAULT_FACTORY,recovered:_type_recovered=_dflt_recovered,known:_type_known=_dflt_known)->_return_type:
  self.config=config
  self.out_dir=out_dir
  self.manifest=_dflt_manifest() if manifest is _HAS_DEFAULT_FACTORY else manifest
  self.recovered=recovered
  self.known=known
 return __init__


CODE['def __create_fn__(_type_config, _type_out_dir, _type_manifest, _type_recovered, _type_known, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_manifest, _dflt_recovered, _dflt_known, _return_type):\n def __init__(self,config:_type_config,out_dir:_type_out_dir,manifest:_type_manifest=_HAS_DEFAULT_FACTORY,recovered:_type_recovered=_dflt_recovered,known:_type_known=_dflt_known)->_return_type:\n  self.config=config\n  self.out_dir=out_dir\n  self.manifest=_dflt_manifest() if manifest is _HAS_DEFAULT_FACTORY else manifest\n  self.recovered=recovered\n  self.known=known\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(config={self.config!r}, out_dir={self.out_dir!r}, manifest={self.manifest!r}, recovered={self.recovered!r}, known={self.known!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(config={self.config!r}, out_dir={self.out_dir!r}, manifest={self.manifest!r}, recovered={self.recovered!r}, known={self.known!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.config,self.out_dir,self.manifest,self.recovered,self.known,)==(other.config,other.out_dir,other.manifest,other.recovered,other.known,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.config,self.out_dir,self.manifest,self.recovered,self.known,)==(other.config,other.out_dir,other.manifest,other.recovered,other.known,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_output, _type_digest, _type_stamp, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stamp, _return_type):
 def __init__(self,output:_type_output,digest:_type_digest,stamp:_type_stamp=_dflt_stamp)->_return_type:
  self.output=output
  self.digest=digest
  self.stamp=stamp
 return __init__


CODE['def __create_fn__(_type_output, _type_digest, _type_stamp, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stamp, _return_type):\n def __init__(self,output:_type_output,digest:_type_digest,stamp:_type_stamp=_dflt_stamp)->_return_type:\n  self.output=output\n  self.digest=digest\n  self.stamp=stamp\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(output={self.output!r}, digest={self.digest!r}, stamp={self.stamp!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(output={self.output!r}, digest={self.digest!r}, stamp={self.stamp!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.output,self.digest,self.stamp,)==(other.output,other.digest,other.stamp,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.output,self.digest,self.stamp,)==(other.output,other.digest,other.stamp,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_lines, _type_tight, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tight, _return_type):
 def __init__(self,kind:_type_kind,lines:_type_lines,tight:_type_tight=_dflt_tight)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
  __dataclass_builtins_object__.__setattr__(self,'tight',tight)
 return __init__


CODE["def __create_fn__(_type_kind, _type_lines, _type_tight, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tight, _return_type):\n def __init__(self,kind:_type_kind,lines:_type_lines,tight:_type_tight=_dflt_tight)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'tight',tight)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, lines={self.lines!r}, tight={self.tight!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, lines={self.lines!r}, tight={self.tight!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.lines,self.tight,)==(other.kind,other.lines,other.tight,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.lines,self.tight,)==(other.kind,other.lines,other.tight,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','lines','tight',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'lines\',\'tight\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','lines','tight',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'lines\',\'tight\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.lines,self.tight,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.lines,self.tight,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_dirs, _type_compiled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_compiled, _return_type):
 def __init__(self,name:_type_name,dirs:_type_dirs,compiled:_type_compiled=_dflt_compiled)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'dirs',dirs)
  __dataclass_builtins_object__.__setattr__(self,'compiled',compiled)
 return __init__


CODE["def __create_fn__(_type_name, _type_dirs, _type_compiled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_compiled, _return_type):\n def __init__(self,name:_type_name,dirs:_type_dirs,compiled:_type_compiled=_dflt_compiled)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'dirs',dirs)\n  __dataclass_builtins_object__.__setattr__(self,'compiled',compiled)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, dirs={self.dirs!r}, compiled={self.compiled!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, dirs={self.dirs!r}, compiled={self.compiled!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.dirs,self.compiled,)==(other.name,other.dirs,other.compiled,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.dirs,self.compiled,)==(other.name,other.dirs,other.compiled,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','dirs','compiled',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'dirs\',\'compiled\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','dirs','compiled',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'dirs\',\'compiled\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.dirs,self.compiled,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.dirs,self.compiled,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_project, _type_theme, _type_folder, _type_options, _type_shared, _type_shared_print, _type_dirty, _type_commits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_dirty, _dflt_commits, _return_type):
 def __init__(self,project:_type_project,theme:_type_theme,folder:_type_folder,options:_type_options,shared:_type_shared,shared_print:_type_shared_print,dirty:_type_dirty=_dflt_dirty,commits:_type_commits=_HAS_DEFAULT_FACTORY)->_return_type:
  self.project=project
  self.theme=theme
  self.folder=folder
  self.options=options
  self.shared=shared
  self.shared_print=shared_print
  self.dirty=dirty
  self.commits=_dflt_commits() if commits is _HAS_DEFAULT_FACTORY else commits
 return __init__


CODE['def __create_fn__(_type_project, _type_theme, _type_folder, _type_options, _type_shared, _type_shared_print, _type_dirty, _type_commits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_dirty, _dflt_commits, _return_type):\n def __init__(self,project:_type_project,theme:_type_theme,folder:_type_folder,options:_type_options,shared:_type_shared,shared_print:_type_shared_print,dirty:_type_dirty=_dflt_dirty,commits:_type_commits=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.project=project\n  self.theme=theme\n  self.folder=folder\n  self.options=options\n  self.shared=shared\n  self.shared_print=shared_print\n  self.dirty=dirty\n  self.commits=_dflt_commits() if commits is _HAS_DEFAULT_FACTORY else commits\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(project={self.project!r}, theme={self.theme!r}, folder={self.folder!r}, options={self.options!r}, shared={self.shared!r}, shared_print={self.shared_print!r}, dirty={self.dirty!r}, commits={self.commits!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(project={self.project!r}, theme={self.theme!r}, folder={self.folder!r}, options={self.options!r}, shared={self.shared!r}, shared_print={self.shared_print!r}, dirty={self.dirty!r}, commits={self.commits!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.project,self.theme,self.folder,self.options,self.shared,self.shared_print,self.dirty,self.commits,)==(other.project,other.theme,other.folder,other.options,other.shared,other.shared_print,other.dirty,other.commits,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.project,self.theme,self.folder,self.options,self.shared,self.shared_print,self.dirty,self.commits,)==(other.project,other.theme,other.folder,other.options,other.shared,other.shared_print,other.dirty,other.commits,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_op, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,op:_type_op,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__


CODE["def __create_fn__(_type_op, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,op:_type_op,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(op={self.op!r}, text={self.text!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(op={self.op!r}, text={self.text!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.op,self.text,)==(other.op,other.text,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.op,self.text,)==(other.op,other.text,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('op','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'op\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('op','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'op\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.op,self.text,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.op,self.text,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_spans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,spans:_type_spans)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'spans',spans)
 return __init__


CODE["def __create_fn__(_type_name, _type_spans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,spans:_type_spans)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'spans',spans)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, spans={self.spans!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, spans={self.spans!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.spans,)==(other.name,other.spans,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.spans,)==(other.name,other.spans,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','spans',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'spans\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','spans',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'spans\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.spans,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.spans,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_id, _type_status, _type_label, _type_old_label, _type_title, _type_fields, _type_path, _type_old_path, _type_completed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fields, _dflt_path, _dflt_old_path, _dflt_completed, _return_type):
 def __init__(self,kind:_type_kind,id:_type_id,status:_type_status,label:_type_label,old_label:_type_old_label,title:_type_title,fields:_type_fields=_dflt_fields,path:_type_path=_dflt_path,old_path:_type_old_path=_dflt_old_path,completed:_type_completed=_dflt_completed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'old_label',old_label)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'fields',fields)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'old_path',old_path)
  __dataclass_builtins_object__.__setattr__(self,'completed',completed)
 return __init__


CODE["def __create_fn__(_type_kind, _type_id, _type_status, _type_label, _type_old_label, _type_title, _type_fields, _type_path, _type_old_path, _type_completed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_fields, _dflt_path, _dflt_old_path, _dflt_completed, _return_type):\n def __init__(self,kind:_type_kind,id:_type_id,status:_type_status,label:_type_label,old_label:_type_old_label,title:_type_title,fields:_type_fields=_dflt_fields,path:_type_path=_dflt_path,old_path:_type_old_path=_dflt_old_path,completed:_type_completed=_dflt_completed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'old_label',old_label)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'fields',fields)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'old_path',old_path)\n  __dataclass_builtins_object__.__setattr__(self,'completed',completed)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, status={self.status!r}, label={self.label!r}, old_label={self.old_label!r}, title={self.title!r}, fields={self.fields!r}, path={self.path!r}, old_path={self.old_path!r}, completed={self.completed!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, id={self.id!r}, status={self.status!r}, label={self.label!r}, old_label={self.old_label!r}, title={self.title!r}, fields={self.fields!r}, path={self.path!r}, old_path={self.old_path!r}, completed={self.completed!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.id,self.status,self.label,self.old_label,self.title,self.fields,self.path,self.old_path,self.completed,)==(other.kind,other.id,other.status,other.label,other.old_label,other.title,other.fields,other.path,other.old_path,other.completed,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.id,self.status,self.label,self.old_label,self.title,self.fields,self.path,self.old_path,self.completed,)==(other.kind,other.id,other.status,other.label,other.old_label,other.title,other.fields,other.path,other.old_path,other.completed,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','id','status','label','old_label','title','fields','path','old_path','completed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'id\',\'status\',\'label\',\'old_label\',\'title\',\'fields\',\'path\',\'old_path\',\'completed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','id','status','label','old_label','title','fields','path','old_path','completed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'id\',\'status\',\'label\',\'old_label\',\'title\',\'fields\',\'path\',\'old_path\',\'completed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.id,self.status,self.label,self.old_label,self.title,self.fields,self.path,self.old_path,self.completed,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.id,self.status,self.label,self.old_label,self.title,self.fields,self.path,self.old_path,self.completed,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_revision, _type_commit, _type_items, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,revision:_type_revision,commit:_type_commit,items:_type_items)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'revision',revision)
  __dataclass_builtins_object__.__setattr__(self,'commit',commit)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
 return __init__


CODE["def __create_fn__(_type_revision, _type_commit, _type_items, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,revision:_type_revision,commit:_type_commit,items:_type_items)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'revision',revision)\n  __dataclass_builtins_object__.__setattr__(self,'commit',commit)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(revision={self.revision!r}, commit={self.commit!r}, items={self.items!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(revision={self.revision!r}, commit={self.commit!r}, items={self.items!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.revision,self.commit,self.items,)==(other.revision,other.commit,other.items,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.revision,self.commit,self.items,)==(other.revision,other.commit,other.items,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('revision','commit','items',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'revision\',\'commit\',\'items\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('revision','commit','items',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'revision\',\'commit\',\'items\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.revision,self.commit,self.items,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.revision,self.commit,self.items,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_submission, _type_redline, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,submission:_type_submission,redline:_type_redline)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'submission',submission)
  __dataclass_builtins_object__.__setattr__(self,'redline',redline)
 return __init__


CODE["def __create_fn__(_type_submission, _type_redline, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,submission:_type_submission,redline:_type_redline)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'submission',submission)\n  __dataclass_builtins_object__.__setattr__(self,'redline',redline)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(submission={self.submission!r}, redline={self.redline!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(submission={self.submission!r}, redline={self.redline!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.submission,self.redline,)==(other.submission,other.redline,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.submission,self.redline,)==(other.submission,other.redline,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('submission','redline',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'submission\',\'redline\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('submission','redline',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'submission\',\'redline\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.submission,self.redline,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.submission,self.redline,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_spans, _type_old, _type_new, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_spans, _dflt_old, _dflt_new, _return_type):
 def __init__(self,spans:_type_spans=_HAS_DEFAULT_FACTORY,old:_type_old=_dflt_old,new:_type_new=_dflt_new)->_return_type:
  self.spans=_dflt_spans() if spans is _HAS_DEFAULT_FACTORY else spans
  self.old=old
  self.new=new
 return __init__


CODE['def __create_fn__(_type_spans, _type_old, _type_new, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_spans, _dflt_old, _dflt_new, _return_type):\n def __init__(self,spans:_type_spans=_HAS_DEFAULT_FACTORY,old:_type_old=_dflt_old,new:_type_new=_dflt_new)->_return_type:\n  self.spans=_dflt_spans() if spans is _HAS_DEFAULT_FACTORY else spans\n  self.old=old\n  self.new=new\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(spans={self.spans!r}, old={self.old!r}, new={self.new!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(spans={self.spans!r}, old={self.old!r}, new={self.new!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.spans,self.old,self.new,)==(other.spans,other.old,other.new,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.spans,self.old,self.new,)==(other.spans,other.old,other.new,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_resolved, _type_reporter, _type_source_errors, _type_readings, _type_over_limit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_readings, _dflt_over_limit, _return_type):
 def __init__(self,resolved:_type_resolved,reporter:_type_reporter,source_errors:_type_source_errors,readings:_type_readings=_HAS_DEFAULT_FACTORY,over_limit:_type_over_limit=_dflt_over_limit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'resolved',resolved)
  __dataclass_builtins_object__.__setattr__(self,'reporter',reporter)
  __dataclass_builtins_object__.__setattr__(self,'source_errors',source_errors)
  __dataclass_builtins_object__.__setattr__(self,'readings',_dflt_readings() if readings is _HAS_DEFAULT_FACTORY else readings)
  __dataclass_builtins_object__.__setattr__(self,'over_limit',over_limit)
 return __init__


CODE["def __create_fn__(_type_resolved, _type_reporter, _type_source_errors, _type_readings, _type_over_limit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_readings, _dflt_over_limit, _return_type):\n def __init__(self,resolved:_type_resolved,reporter:_type_reporter,source_errors:_type_source_errors,readings:_type_readings=_HAS_DEFAULT_FACTORY,over_limit:_type_over_limit=_dflt_over_limit)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'resolved',resolved)\n  __dataclass_builtins_object__.__setattr__(self,'reporter',reporter)\n  __dataclass_builtins_object__.__setattr__(self,'source_errors',source_errors)\n  __dataclass_builtins_object__.__setattr__(self,'readings',_dflt_readings() if readings is _HAS_DEFAULT_FACTORY else readings)\n  __dataclass_builtins_object__.__setattr__(self,'over_limit',over_limit)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(resolved={self.resolved!r}, reporter={self.reporter!r}, source_errors={self.source_errors!r}, readings={self.readings!r}, over_limit={self.over_limit!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(resolved={self.resolved!r}, reporter={self.reporter!r}, source_errors={self.source_errors!r}, readings={self.readings!r}, over_limit={self.over_limit!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.resolved,self.reporter,self.source_errors,self.readings,self.over_limit,)==(other.resolved,other.reporter,other.source_errors,other.readings,other.over_limit,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.resolved,self.reporter,self.source_errors,self.readings,self.over_limit,)==(other.resolved,other.reporter,other.source_errors,other.readings,other.over_limit,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('resolved','reporter','source_errors','readings','over_limit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'resolved\',\'reporter\',\'source_errors\',\'readings\',\'over_limit\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('resolved','reporter','source_errors','readings','over_limit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'resolved\',\'reporter\',\'source_errors\',\'readings\',\'over_limit\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.resolved,self.reporter,self.source_errors,self.readings,self.over_limit,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.resolved,self.reporter,self.source_errors,self.readings,self.over_limit,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_out_dir, _type_files, _type_folders, _type_kept, _type_manifest, _type_failed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_folders, _dflt_kept, _dflt_manifest, _dflt_failed, _return_type):
 def __init__(self,out_dir:_type_out_dir,files:_type_files=_HAS_DEFAULT_FACTORY,folders:_type_folders=_HAS_DEFAULT_FACTORY,kept:_type_kept=_HAS_DEFAULT_FACTORY,manifest:_type_manifest=_dflt_manifest,failed:_type_failed=_HAS_DEFAULT_FACTORY)->_return_type:
  self.out_dir=out_dir
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
  self.folders=_dflt_folders() if folders is _HAS_DEFAULT_FACTORY else folders
  self.kept=_dflt_kept() if kept is _HAS_DEFAULT_FACTORY else kept
  self.manifest=manifest
  self.failed=_dflt_failed() if failed is _HAS_DEFAULT_FACTORY else failed
 return __init__


CODE['def __create_fn__(_type_out_dir, _type_files, _type_folders, _type_kept, _type_manifest, _type_failed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _dflt_folders, _dflt_kept, _dflt_manifest, _dflt_failed, _return_type):\n def __init__(self,out_dir:_type_out_dir,files:_type_files=_HAS_DEFAULT_FACTORY,folders:_type_folders=_HAS_DEFAULT_FACTORY,kept:_type_kept=_HAS_DEFAULT_FACTORY,manifest:_type_manifest=_dflt_manifest,failed:_type_failed=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.out_dir=out_dir\n  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files\n  self.folders=_dflt_folders() if folders is _HAS_DEFAULT_FACTORY else folders\n  self.kept=_dflt_kept() if kept is _HAS_DEFAULT_FACTORY else kept\n  self.manifest=manifest\n  self.failed=_dflt_failed() if failed is _HAS_DEFAULT_FACTORY else failed\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(out_dir={self.out_dir!r}, files={self.files!r}, folders={self.folders!r}, kept={self.kept!r}, manifest={self.manifest!r}, failed={self.failed!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(out_dir={self.out_dir!r}, files={self.files!r}, folders={self.folders!r}, kept={self.kept!r}, manifest={self.manifest!r}, failed={self.failed!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.out_dir,self.files,self.folders,self.kept,self.manifest,self.failed,)==(other.out_dir,other.files,other.folders,other.kept,other.manifest,other.failed,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.out_dir,self.files,self.folders,self.kept,self.manifest,self.failed,)==(other.out_dir,other.files,other.folders,other.kept,other.manifest,other.failed,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_words, _return_type):
 def __init__(self,kind:_type_kind=_dflt_kind,words:_type_words=_dflt_words)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
 return __init__


CODE["def __create_fn__(_type_kind, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_words, _return_type):\n def __init__(self,kind:_type_kind=_dflt_kind,words:_type_words=_dflt_words)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, words={self.words!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, words={self.words!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.words,)==(other.kind,other.words,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.words,)==(other.kind,other.words,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','words',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'words\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','words',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'words\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.words,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.words,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_names, _type_help, _type_value, _type_repeat, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,names:_type_names,help:_type_help,value:_type_value,repeat:_type_repeat)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'names',names)
  __dataclass_builtins_object__.__setattr__(self,'help',help)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'repeat',repeat)
 return __init__


CODE["def __create_fn__(_type_names, _type_help, _type_value, _type_repeat, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,names:_type_names,help:_type_help,value:_type_value,repeat:_type_repeat)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'names',names)\n  __dataclass_builtins_object__.__setattr__(self,'help',help)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'repeat',repeat)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(names={self.names!r}, help={self.help!r}, value={self.value!r}, repeat={self.repeat!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(names={self.names!r}, help={self.help!r}, value={self.value!r}, repeat={self.repeat!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.names,self.help,self.value,self.repeat,)==(other.names,other.help,other.value,other.repeat,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.names,self.help,self.value,self.repeat,)==(other.names,other.help,other.value,other.repeat,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('names','help','value','repeat',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'names\',\'help\',\'value\',\'repeat\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('names','help','value','repeat',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'names\',\'help\',\'value\',\'repeat\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.names,self.help,self.value,self.repeat,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.names,self.help,self.value,self.repeat,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_help, _type_options, _type_operand, _type_operands, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,help:_type_help,options:_type_options,operand:_type_operand,operands:_type_operands)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'help',help)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
  __dataclass_builtins_object__.__setattr__(self,'operand',operand)
  __dataclass_builtins_object__.__setattr__(self,'operands',operands)
 return __init__


CODE["def __create_fn__(_type_name, _type_help, _type_options, _type_operand, _type_operands, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,help:_type_help,options:_type_options,operand:_type_operand,operands:_type_operands)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'help',help)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n  __dataclass_builtins_object__.__setattr__(self,'operand',operand)\n  __dataclass_builtins_object__.__setattr__(self,'operands',operands)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, help={self.help!r}, options={self.options!r}, operand={self.operand!r}, operands={self.operands!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, help={self.help!r}, options={self.options!r}, operand={self.operand!r}, operands={self.operands!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.help,self.options,self.operand,self.operands,)==(other.name,other.help,other.options,other.operand,other.operands,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.help,self.options,self.operand,self.operands,)==(other.name,other.help,other.options,other.operand,other.operands,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','help','options','operand','operands',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'help\',\'options\',\'operand\',\'operands\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','help','options','operand','operands',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'help\',\'options\',\'operand\',\'operands\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.help,self.options,self.operand,self.operands,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.help,self.options,self.operand,self.operands,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_targets, _type_headings, _type_whole, _type_html, _type_every, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_targets, _dflt_headings, _dflt_whole, _dflt_html, _dflt_every, _return_type):
 def __init__(self,targets:_type_targets=_HAS_DEFAULT_FACTORY,headings:_type_headings=_HAS_DEFAULT_FACTORY,whole:_type_whole=_dflt_whole,html:_type_html=_HAS_DEFAULT_FACTORY,every:_type_every=_dflt_every)->_return_type:
  self.targets=_dflt_targets() if targets is _HAS_DEFAULT_FACTORY else targets
  self.headings=_dflt_headings() if headings is _HAS_DEFAULT_FACTORY else headings
  self.whole=whole
  self.html=_dflt_html() if html is _HAS_DEFAULT_FACTORY else html
  self.every=every
 return __init__


CODE['def __create_fn__(_type_targets, _type_headings, _type_whole, _type_html, _type_every, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_targets, _dflt_headings, _dflt_whole, _dflt_html, _dflt_every, _return_type):\n def __init__(self,targets:_type_targets=_HAS_DEFAULT_FACTORY,headings:_type_headings=_HAS_DEFAULT_FACTORY,whole:_type_whole=_dflt_whole,html:_type_html=_HAS_DEFAULT_FACTORY,every:_type_every=_dflt_every)->_return_type:\n  self.targets=_dflt_targets() if targets is _HAS_DEFAULT_FACTORY else targets\n  self.headings=_dflt_headings() if headings is _HAS_DEFAULT_FACTORY else headings\n  self.whole=whole\n  self.html=_dflt_html() if html is _HAS_DEFAULT_FACTORY else html\n  self.every=every\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(targets={self.targets!r}, headings={self.headings!r}, whole={self.whole!r}, html={self.html!r}, every={self.every!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(targets={self.targets!r}, headings={self.headings!r}, whole={self.whole!r}, html={self.html!r}, every={self.every!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.targets,self.headings,self.whole,self.html,self.every,)==(other.targets,other.headings,other.whole,other.html,other.every,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.targets,self.headings,self.whole,self.html,self.every,)==(other.targets,other.headings,other.whole,other.html,other.every,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_title, _type_path, _type_note, _type_counts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_counts, _return_type):
 def __init__(self,title:_type_title,path:_type_path,note:_type_note=_dflt_note,counts:_type_counts=_dflt_counts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'counts',counts)
 return __init__


CODE["def __create_fn__(_type_title, _type_path, _type_note, _type_counts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_counts, _return_type):\n def __init__(self,title:_type_title,path:_type_path,note:_type_note=_dflt_note,counts:_type_counts=_dflt_counts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'counts',counts)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, path={self.path!r}, note={self.note!r}, counts={self.counts!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, path={self.path!r}, note={self.note!r}, counts={self.counts!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.path,self.note,self.counts,)==(other.title,other.path,other.note,other.counts,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.path,self.note,self.counts,)==(other.title,other.path,other.note,other.counts,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','path','note','counts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'path\',\'note\',\'counts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','path','note','counts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'path\',\'note\',\'counts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.path,self.note,self.counts,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.path,self.note,self.counts,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_resolved, _type_config, _type_theme, _type_reporter, _type_slow_steps, _type_today, _type_readings, _type_out, _type_outputs, _type_links, _type_notes, _type_memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_slow_steps, _dflt_today, _dflt_readings, _dflt_out, _dflt_outputs, _dflt_links, _dflt_notes, _dflt_memo, _return_type):
 def __init__(self,resolved:_type_resolved,config:_type_config,theme:_type_theme,reporter:_type_reporter,slow_steps:_type_slow_steps=_dflt_slow_steps,today:_type_today=_HAS_DEFAULT_FACTORY,readings:_type_readings=_HAS_DEFAULT_FACTORY,out:_type_out=_dflt_out,outputs:_type_outputs=_HAS_DEFAULT_FACTORY,links:_type_links=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,memo:_type_memo=_dflt_memo)->_return_type:
  self.resolved=resolved
  self.config=config
  self.theme=theme
  self.reporter=reporter
  self.slow_steps=slow_steps
  self.today=_dflt_today() if today is _HAS_DEFAULT_FACTORY else today
  self.readings=_dflt_readings() if readings is _HAS_DEFAULT_FACTORY else readings
  self.out=out
  self.outputs=_dflt_outputs() if outputs is _HAS_DEFAULT_FACTORY else outputs
  self.links=_dflt_links() if links is _HAS_DEFAULT_FACTORY else links
  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes
  self.memo=memo
 return __init__


CODE['def __create_fn__(_type_resolved, _type_config, _type_theme, _type_reporter, _type_slow_steps, _type_today, _type_readings, _type_out, _type_outputs, _type_links, _type_notes, _type_memo, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_slow_steps, _dflt_today, _dflt_readings, _dflt_out, _dflt_outputs, _dflt_links, _dflt_notes, _dflt_memo, _return_type):\n def __init__(self,resolved:_type_resolved,config:_type_config,theme:_type_theme,reporter:_type_reporter,slow_steps:_type_slow_steps=_dflt_slow_steps,today:_type_today=_HAS_DEFAULT_FACTORY,readings:_type_readings=_HAS_DEFAULT_FACTORY,out:_type_out=_dflt_out,outputs:_type_outputs=_HAS_DEFAULT_FACTORY,links:_type_links=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,memo:_type_memo=_dflt_memo)->_return_type:\n  self.resolved=resolved\n  self.config=config\n  self.theme=theme\n  self.reporter=reporter\n  self.slow_steps=slow_steps\n  self.today=_dflt_today() if today is _HAS_DEFAULT_FACTORY else today\n  self.readings=_dflt_readings() if readings is _HAS_DEFAULT_FACTORY else readings\n  self.out=out\n  self.outputs=_dflt_outputs() if outputs is _HAS_DEFAULT_FACTORY else outputs\n  self.links=_dflt_links() if links is _HAS_DEFAULT_FACTORY else links\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n  self.memo=memo\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(resolved={self.resolved!r}, config={self.config!r}, theme={self.theme!r}, reporter={self.reporter!r}, slow_steps={self.slow_steps!r}, today={self.today!r}, readings={self.readings!r}, out={self.out!r}, outputs={self.outputs!r}, links={self.links!r}, notes={self.notes!r}, memo={self.memo!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(resolved={self.resolved!r}, config={self.config!r}, theme={self.theme!r}, reporter={self.reporter!r}, slow_steps={self.slow_steps!r}, today={self.today!r}, readings={self.readings!r}, out={self.out!r}, outputs={self.outputs!r}, links={self.links!r}, notes={self.notes!r}, memo={self.memo!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.resolved,self.config,self.theme,self.reporter,self.slow_steps,self.today,self.readings,self.out,self.outputs,self.links,self.notes,self.memo,)==(other.resolved,other.config,other.theme,other.reporter,other.slow_steps,other.today,other.readings,other.out,other.outputs,other.links,other.notes,other.memo,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.resolved,self.config,self.theme,self.reporter,self.slow_steps,self.today,self.readings,self.out,self.outputs,self.links,self.notes,self.memo,)==(other.resolved,other.config,other.theme,other.reporter,other.slow_steps,other.today,other.readings,other.out,other.outputs,other.links,other.notes,other.memo,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_default, _type_described, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,default:_type_default,described:_type_described)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'default',default)
  __dataclass_builtins_object__.__setattr__(self,'described',described)
 return __init__


CODE["def __create_fn__(_type_default, _type_described, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,default:_type_default,described:_type_described)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'default',default)\n  __dataclass_builtins_object__.__setattr__(self,'described',described)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(default={self.default!r}, described={self.described!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(default={self.default!r}, described={self.described!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.default,self.described,)==(other.default,other.described,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.default,self.described,)==(other.default,other.described,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('default','described',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'default\',\'described\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('default','described',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'default\',\'described\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.default,self.described,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.default,self.described,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_folder, _type_builtin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,folder:_type_folder,builtin:_type_builtin)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'folder',folder)
  __dataclass_builtins_object__.__setattr__(self,'builtin',builtin)
 return __init__


CODE["def __create_fn__(_type_name, _type_folder, _type_builtin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,folder:_type_folder,builtin:_type_builtin)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'folder',folder)\n  __dataclass_builtins_object__.__setattr__(self,'builtin',builtin)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, folder={self.folder!r}, builtin={self.builtin!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, folder={self.folder!r}, builtin={self.builtin!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.folder,self.builtin,)==(other.name,other.folder,other.builtin,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.folder,self.builtin,)==(other.name,other.folder,other.builtin,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','folder','builtin',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'folder\',\'builtin\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','folder','builtin',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'folder\',\'builtin\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.folder,self.builtin,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.folder,self.builtin,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_legal_name, _type_store_name, _type_merchant_token, _type_email, _type_marketplace, _type_notice_date, _type_language, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_legal_name, _dflt_store_name, _dflt_merchant_token, _dflt_email, _dflt_marketplace, _dflt_notice_date, _dflt_language, _return_type):
 def __init__(self,legal_name:_type_legal_name=_dflt_legal_name,store_name:_type_store_name=_dflt_store_name,merchant_token:_type_merchant_token=_dflt_merchant_token,email:_type_email=_dflt_email,marketplace:_type_marketplace=_dflt_marketplace,notice_date:_type_notice_date=_dflt_notice_date,language:_type_language=_dflt_language)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'legal_name',legal_name)
  __dataclass_builtins_object__.__setattr__(self,'store_name',store_name)
  __dataclass_builtins_object__.__setattr__(self,'merchant_token',merchant_token)
  __dataclass_builtins_object__.__setattr__(self,'email',email)
  __dataclass_builtins_object__.__setattr__(self,'marketplace',marketplace)
  __dataclass_builtins_object__.__setattr__(self,'notice_date',notice_date)
  __dataclass_builtins_object__.__setattr__(self,'language',language)
 return __init__


CODE["def __create_fn__(_type_legal_name, _type_store_name, _type_merchant_token, _type_email, _type_marketplace, _type_notice_date, _type_language, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_legal_name, _dflt_store_name, _dflt_merchant_token, _dflt_email, _dflt_marketplace, _dflt_notice_date, _dflt_language, _return_type):\n def __init__(self,legal_name:_type_legal_name=_dflt_legal_name,store_name:_type_store_name=_dflt_store_name,merchant_token:_type_merchant_token=_dflt_merchant_token,email:_type_email=_dflt_email,marketplace:_type_marketplace=_dflt_marketplace,notice_date:_type_notice_date=_dflt_notice_date,language:_type_language=_dflt_language)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'legal_name',legal_name)\n  __dataclass_builtins_object__.__setattr__(self,'store_name',store_name)\n  __dataclass_builtins_object__.__setattr__(self,'merchant_token',merchant_token)\n  __dataclass_builtins_object__.__setattr__(self,'email',email)\n  __dataclass_builtins_object__.__setattr__(self,'marketplace',marketplace)\n  __dataclass_builtins_object__.__setattr__(self,'notice_date',notice_date)\n  __dataclass_builtins_object__.__setattr__(self,'language',language)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(legal_name={self.legal_name!r}, store_name={self.store_name!r}, merchant_token={self.merchant_token!r}, email={self.email!r}, marketplace={self.marketplace!r}, notice_date={self.notice_date!r}, language={self.language!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(legal_name={self.legal_name!r}, store_name={self.store_name!r}, merchant_token={self.merchant_token!r}, email={self.email!r}, marketplace={self.marketplace!r}, notice_date={self.notice_date!r}, language={self.language!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.legal_name,self.store_name,self.merchant_token,self.email,self.marketplace,self.notice_date,self.language,)==(other.legal_name,other.store_name,other.merchant_token,other.email,other.marketplace,other.notice_date,other.language,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.legal_name,self.store_name,self.merchant_token,self.email,self.marketplace,self.notice_date,self.language,)==(other.legal_name,other.store_name,other.merchant_token,other.email,other.marketplace,other.notice_date,other.language,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('legal_name','store_name','merchant_token','email','marketplace','notice_date','language',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'legal_name\',\'store_name\',\'merchant_token\',\'email\',\'marketplace\',\'notice_date\',\'language\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('legal_name','store_name','merchant_token','email','marketplace','notice_date','language',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'legal_name\',\'store_name\',\'merchant_token\',\'email\',\'marketplace\',\'notice_date\',\'language\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.legal_name,self.store_name,self.merchant_token,self.email,self.marketplace,self.notice_date,self.language,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.legal_name,self.store_name,self.merchant_token,self.email,self.marketplace,self.notice_date,self.language,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_slug, _type_template, _type_files, _type_placeholders, _type_variant, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_placeholders, _dflt_variant, _dflt_sources, _return_type):
 def __init__(self,slug:_type_slug,template:_type_template,files:_type_files,placeholders:_type_placeholders=_HAS_DEFAULT_FACTORY,variant:_type_variant=_dflt_variant,sources:_type_sources=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'slug',slug)
  __dataclass_builtins_object__.__setattr__(self,'template',template)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'placeholders',_dflt_placeholders() if placeholders is _HAS_DEFAULT_FACTORY else placeholders)
  __dataclass_builtins_object__.__setattr__(self,'variant',variant)
  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)
 return __init__


CODE["def __create_fn__(_type_slug, _type_template, _type_files, _type_placeholders, _type_variant, _type_sources, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_placeholders, _dflt_variant, _dflt_sources, _return_type):\n def __init__(self,slug:_type_slug,template:_type_template,files:_type_files,placeholders:_type_placeholders=_HAS_DEFAULT_FACTORY,variant:_type_variant=_dflt_variant,sources:_type_sources=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'slug',slug)\n  __dataclass_builtins_object__.__setattr__(self,'template',template)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'placeholders',_dflt_placeholders() if placeholders is _HAS_DEFAULT_FACTORY else placeholders)\n  __dataclass_builtins_object__.__setattr__(self,'variant',variant)\n  __dataclass_builtins_object__.__setattr__(self,'sources',_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(slug={self.slug!r}, template={self.template!r}, files={self.files!r}, placeholders={self.placeholders!r}, variant={self.variant!r}, sources={self.sources!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(slug={self.slug!r}, template={self.template!r}, files={self.files!r}, placeholders={self.placeholders!r}, variant={self.variant!r}, sources={self.sources!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.slug,self.template,self.files,self.placeholders,self.variant,self.sources,)==(other.slug,other.template,other.files,other.placeholders,other.variant,other.sources,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.slug,self.template,self.files,self.placeholders,self.variant,self.sources,)==(other.slug,other.template,other.files,other.placeholders,other.variant,other.sources,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('slug','template','files','placeholders','variant','sources',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'slug\',\'template\',\'files\',\'placeholders\',\'variant\',\'sources\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('slug','template','files','placeholders','variant','sources',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'slug\',\'template\',\'files\',\'placeholders\',\'variant\',\'sources\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.slug,self.template,self.files,self.placeholders,self.variant,self.sources,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.slug,self.template,self.files,self.placeholders,self.variant,self.sources,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_input, _type_output, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,input:_type_input,output:_type_output)->_return_type:
  self.input=input
  self.output=output
 return __init__


CODE['def __create_fn__(_type_input, _type_output, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,input:_type_input,output:_type_output)->_return_type:\n  self.input=input\n  self.output=output\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(input={self.input!r}, output={self.output!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(input={self.input!r}, output={self.output!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.input,self.output,)==(other.input,other.output,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.input,self.output,)==(other.input,other.output,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_slug, _type_title, _type_case, _type_labels, _type_folder, _type_project, _type_today, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,slug:_type_slug,title:_type_title,case:_type_case,labels:_type_labels,folder:_type_folder,project:_type_project,today:_type_today)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'slug',slug)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'case',case)
  __dataclass_builtins_object__.__setattr__(self,'labels',labels)
  __dataclass_builtins_object__.__setattr__(self,'folder',folder)
  __dataclass_builtins_object__.__setattr__(self,'project',project)
  __dataclass_builtins_object__.__setattr__(self,'today',today)
 return __init__


CODE["def __create_fn__(_type_slug, _type_title, _type_case, _type_labels, _type_folder, _type_project, _type_today, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,slug:_type_slug,title:_type_title,case:_type_case,labels:_type_labels,folder:_type_folder,project:_type_project,today:_type_today)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'slug',slug)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'case',case)\n  __dataclass_builtins_object__.__setattr__(self,'labels',labels)\n  __dataclass_builtins_object__.__setattr__(self,'folder',folder)\n  __dataclass_builtins_object__.__setattr__(self,'project',project)\n  __dataclass_builtins_object__.__setattr__(self,'today',today)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(slug={self.slug!r}, title={self.title!r}, case={self.case!r}, labels={self.labels!r}, folder={self.folder!r}, project={self.project!r}, today={self.today!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(slug={self.slug!r}, title={self.title!r}, case={self.case!r}, labels={self.labels!r}, folder={self.folder!r}, project={self.project!r}, today={self.today!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.slug,self.title,self.case,self.labels,self.folder,self.project,self.today,)==(other.slug,other.title,other.case,other.labels,other.folder,other.project,other.today,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.slug,self.title,self.case,self.labels,self.folder,self.project,self.today,)==(other.slug,other.title,other.case,other.labels,other.folder,other.project,other.today,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('slug','title','case','labels','folder','project','today',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'slug\',\'title\',\'case\',\'labels\',\'folder\',\'project\',\'today\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('slug','title','case','labels','folder','project','today',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'slug\',\'title\',\'case\',\'labels\',\'folder\',\'project\',\'today\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.slug,self.title,self.case,self.labels,self.folder,self.project,self.today,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.slug,self.title,self.case,self.labels,self.folder,self.project,self.today,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_severity, _type_summary, _type_check, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,severity:_type_severity,summary:_type_summary,check:_type_check)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'check',check)
 return __init__


CODE["def __create_fn__(_type_id, _type_severity, _type_summary, _type_check, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,id:_type_id,severity:_type_severity,summary:_type_summary,check:_type_check)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'check',check)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, severity={self.severity!r}, summary={self.summary!r}, check={self.check!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, severity={self.severity!r}, summary={self.summary!r}, check={self.check!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.severity,self.summary,self.check,)==(other.id,other.severity,other.summary,other.check,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.severity,self.summary,self.check,)==(other.id,other.severity,other.summary,other.check,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','severity','summary','check',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'severity\',\'summary\',\'check\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','severity','summary','check',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'severity\',\'summary\',\'check\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.severity,self.summary,self.check,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.severity,self.summary,self.check,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_files, _type_slow, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_slow, _dflt_title, _return_type):
 def __init__(self,name:_type_name,files:_type_files,slow:_type_slow=_dflt_slow,title:_type_title=_dflt_title)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'slow',slow)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
 return __init__


CODE["def __create_fn__(_type_name, _type_files, _type_slow, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_slow, _dflt_title, _return_type):\n def __init__(self,name:_type_name,files:_type_files,slow:_type_slow=_dflt_slow,title:_type_title=_dflt_title)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'slow',slow)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, files={self.files!r}, slow={self.slow!r}, title={self.title!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, files={self.files!r}, slow={self.slow!r}, title={self.title!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.files,self.slow,self.title,)==(other.name,other.files,other.slow,other.title,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.files,self.slow,self.title,)==(other.name,other.files,other.slow,other.title,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','files','slow','title',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'files\',\'slow\',\'title\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','files','slow','title',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'files\',\'slow\',\'title\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.files,self.slow,self.title,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.files,self.slow,self.title,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_slug, _type_path, _type_key, _type_writing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_key, _dflt_writing, _return_type):
 def __init__(self,slug:_type_slug,path:_type_path,key:_type_key=_dflt_key,writing:_type_writing=_dflt_writing)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'slug',slug)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'writing',writing)
 return __init__


CODE["def __create_fn__(_type_slug, _type_path, _type_key, _type_writing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_key, _dflt_writing, _return_type):\n def __init__(self,slug:_type_slug,path:_type_path,key:_type_key=_dflt_key,writing:_type_writing=_dflt_writing)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'slug',slug)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'writing',writing)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(slug={self.slug!r}, path={self.path!r}, key={self.key!r}, writing={self.writing!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(slug={self.slug!r}, path={self.path!r}, key={self.key!r}, writing={self.writing!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.slug,self.path,self.key,self.writing,)==(other.slug,other.path,other.key,other.writing,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.slug,self.path,self.key,self.writing,)==(other.slug,other.path,other.key,other.writing,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('slug','path','key','writing',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'slug\',\'path\',\'key\',\'writing\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('slug','path','key','writing',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'slug\',\'path\',\'key\',\'writing\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.slug,self.path,self.key,self.writing,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.slug,self.path,self.key,self.writing,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_root, _type_content, _type_themes, _type_output, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,root:_type_root,content:_type_content,themes:_type_themes,output:_type_output)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'content',content)
  __dataclass_builtins_object__.__setattr__(self,'themes',themes)
  __dataclass_builtins_object__.__setattr__(self,'output',output)
 return __init__


CODE["def __create_fn__(_type_root, _type_content, _type_themes, _type_output, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,root:_type_root,content:_type_content,themes:_type_themes,output:_type_output)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'root',root)\n  __dataclass_builtins_object__.__setattr__(self,'content',content)\n  __dataclass_builtins_object__.__setattr__(self,'themes',themes)\n  __dataclass_builtins_object__.__setattr__(self,'output',output)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, content={self.content!r}, themes={self.themes!r}, output={self.output!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(root={self.root!r}, content={self.content!r}, themes={self.themes!r}, output={self.output!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.content,self.themes,self.output,)==(other.root,other.content,other.themes,other.output,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.root,self.content,self.themes,self.output,)==(other.root,other.content,other.themes,other.output,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('root','content','themes','output',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'root\',\'content\',\'themes\',\'output\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('root','content','themes','output',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'root\',\'content\',\'themes\',\'output\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.root,self.content,self.themes,self.output,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.root,self.content,self.themes,self.output,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_width, _type_height, _type_image, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_image, _return_type):
 def __init__(self,width:_type_width,height:_type_height,image:_type_image=_dflt_image)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'image',image)
 return __init__


CODE["def __create_fn__(_type_width, _type_height, _type_image, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_image, _return_type):\n def __init__(self,width:_type_width,height:_type_height,image:_type_image=_dflt_image)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'image',image)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(width={self.width!r}, height={self.height!r}, image={self.image!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(width={self.width!r}, height={self.height!r}, image={self.image!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.width,self.height,self.image,)==(other.width,other.height,other.image,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.width,self.height,self.image,)==(other.width,other.height,other.image,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('width','height','image',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'width\',\'height\',\'image\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('width','height','image',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'width\',\'height\',\'image\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.width,self.height,self.image,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.width,self.height,self.image,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_kind, _type_sheets, _type_digest, _type_size, _type_problem, _type_reader, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_digest, _dflt_size, _dflt_problem, _dflt_reader, _return_type):
 def __init__(self,kind:_type_kind,sheets:_type_sheets,digest:_type_digest=_dflt_digest,size:_type_size=_dflt_size,problem:_type_problem=_dflt_problem,reader:_type_reader=_dflt_reader)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'sheets',sheets)
  __dataclass_builtins_object__.__setattr__(self,'digest',digest)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'problem',problem)
  __dataclass_builtins_object__.__setattr__(self,'reader',reader)
 return __init__


CODE["def __create_fn__(_type_kind, _type_sheets, _type_digest, _type_size, _type_problem, _type_reader, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_digest, _dflt_size, _dflt_problem, _dflt_reader, _return_type):\n def __init__(self,kind:_type_kind,sheets:_type_sheets,digest:_type_digest=_dflt_digest,size:_type_size=_dflt_size,problem:_type_problem=_dflt_problem,reader:_type_reader=_dflt_reader)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'sheets',sheets)\n  __dataclass_builtins_object__.__setattr__(self,'digest',digest)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'problem',problem)\n  __dataclass_builtins_object__.__setattr__(self,'reader',reader)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, sheets={self.sheets!r}, digest={self.digest!r}, size={self.size!r}, problem={self.problem!r}, reader={self.reader!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, sheets={self.sheets!r}, digest={self.digest!r}, size={self.size!r}, problem={self.problem!r}, reader={self.reader!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.sheets,self.digest,self.size,self.problem,self.reader,)==(other.kind,other.sheets,other.digest,other.size,other.problem,other.reader,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.sheets,self.digest,self.size,self.problem,self.reader,)==(other.kind,other.sheets,other.digest,other.size,other.problem,other.reader,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','sheets','digest','size','problem','reader',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'sheets\',\'digest\',\'size\',\'problem\',\'reader\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','sheets','digest','size','problem','reader',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'sheets\',\'digest\',\'size\',\'problem\',\'reader\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.sheets,self.digest,self.size,self.problem,self.reader,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.sheets,self.digest,self.size,self.problem,self.reader,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_rule, _type_message, _type_notice, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):
 def __init__(self,rule:_type_rule,message:_type_message,notice:_type_notice,hint:_type_hint=_dflt_hint)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'notice',notice)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
 return __init__


CODE["def __create_fn__(_type_rule, _type_message, _type_notice, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _return_type):\n def __init__(self,rule:_type_rule,message:_type_message,notice:_type_notice,hint:_type_hint=_dflt_hint)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'notice',notice)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rule={self.rule!r}, message={self.message!r}, notice={self.notice!r}, hint={self.hint!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rule={self.rule!r}, message={self.message!r}, notice={self.notice!r}, hint={self.hint!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rule,self.message,self.notice,self.hint,)==(other.rule,other.message,other.notice,other.hint,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rule,self.message,self.notice,self.hint,)==(other.rule,other.message,other.notice,other.hint,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rule','message','notice','hint',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rule\',\'message\',\'notice\',\'hint\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rule','message','notice','hint',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rule\',\'message\',\'notice\',\'hint\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.rule,self.message,self.notice,self.hint,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rule,self.message,self.notice,self.hint,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_text, _type_box, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,box:_type_box,line:_type_line)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
 return __init__


CODE["def __create_fn__(_type_text, _type_box, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,box:_type_box,line:_type_line)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'box',box)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, box={self.box!r}, line={self.line!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, box={self.box!r}, line={self.line!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.box,self.line,)==(other.text,other.box,other.line,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.box,self.line,)==(other.text,other.box,other.line,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','box','line',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'box\',\'line\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','box','line',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'box\',\'line\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.box,self.line,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.box,self.line,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_units, _type_width, _type_height, _type_y_down, _type_glyphs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_glyphs, _return_type):
 def __init__(self,units:_type_units,width:_type_width,height:_type_height,y_down:_type_y_down,glyphs:_type_glyphs=_dflt_glyphs)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'units',units)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'y_down',y_down)
  __dataclass_builtins_object__.__setattr__(self,'glyphs',glyphs)
 return __init__


CODE["def __create_fn__(_type_units, _type_width, _type_height, _type_y_down, _type_glyphs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_glyphs, _return_type):\n def __init__(self,units:_type_units,width:_type_width,height:_type_height,y_down:_type_y_down,glyphs:_type_glyphs=_dflt_glyphs)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'units',units)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'y_down',y_down)\n  __dataclass_builtins_object__.__setattr__(self,'glyphs',glyphs)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(units={self.units!r}, width={self.width!r}, height={self.height!r}, y_down={self.y_down!r}, glyphs={self.glyphs!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(units={self.units!r}, width={self.width!r}, height={self.height!r}, y_down={self.y_down!r}, glyphs={self.glyphs!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.units,self.width,self.height,self.y_down,self.glyphs,)==(other.units,other.width,other.height,other.y_down,other.glyphs,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.units,self.width,self.height,self.y_down,self.glyphs,)==(other.units,other.width,other.height,other.y_down,other.glyphs,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('units','width','height','y_down','glyphs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'units\',\'width\',\'height\',\'y_down\',\'glyphs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('units','width','height','y_down','glyphs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'units\',\'width\',\'height\',\'y_down\',\'glyphs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.units,self.width,self.height,self.y_down,self.glyphs,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.units,self.width,self.height,self.y_down,self.glyphs,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_page, _type_rect, _type_number, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_number, _return_type):
 def __init__(self,page:_type_page,rect:_type_rect,number:_type_number=_dflt_number)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'page',page)
  __dataclass_builtins_object__.__setattr__(self,'rect',rect)
  __dataclass_builtins_object__.__setattr__(self,'number',number)
 return __init__


CODE["def __create_fn__(_type_page, _type_rect, _type_number, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_number, _return_type):\n def __init__(self,page:_type_page,rect:_type_rect,number:_type_number=_dflt_number)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n  __dataclass_builtins_object__.__setattr__(self,'rect',rect)\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(page={self.page!r}, rect={self.rect!r}, number={self.number!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(page={self.page!r}, rect={self.rect!r}, number={self.number!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.page,self.rect,self.number,)==(other.page,other.rect,other.number,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.page,self.rect,self.number,)==(other.page,other.rect,other.number,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('page','rect','number',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'page\',\'rect\',\'number\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('page','rect','number',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'page\',\'rect\',\'number\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.page,self.rect,self.number,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.page,self.rect,self.number,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_number, _type_label, _type_pages, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,number:_type_number,label:_type_label,pages:_type_pages)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'pages',pages)
 return __init__


CODE["def __create_fn__(_type_number, _type_label, _type_pages, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,number:_type_number,label:_type_label,pages:_type_pages)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'pages',pages)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(number={self.number!r}, label={self.label!r}, pages={self.pages!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(number={self.number!r}, label={self.label!r}, pages={self.pages!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.number,self.label,self.pages,)==(other.number,other.label,other.pages,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.number,self.label,self.pages,)==(other.number,other.label,other.pages,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('number','label','pages',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'number\',\'label\',\'pages\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('number','label','pages',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'number\',\'label\',\'pages\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.number,self.label,self.pages,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.number,self.label,self.pages,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_marks, _type_entries, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_marks, _dflt_entries, _return_type):
 def __init__(self,marks:_type_marks=_dflt_marks,entries:_type_entries=_dflt_entries)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'marks',marks)
  __dataclass_builtins_object__.__setattr__(self,'entries',entries)
 return __init__


CODE["def __create_fn__(_type_marks, _type_entries, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_marks, _dflt_entries, _return_type):\n def __init__(self,marks:_type_marks=_dflt_marks,entries:_type_entries=_dflt_entries)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'marks',marks)\n  __dataclass_builtins_object__.__setattr__(self,'entries',entries)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(marks={self.marks!r}, entries={self.entries!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(marks={self.marks!r}, entries={self.entries!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.marks,self.entries,)==(other.marks,other.entries,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.marks,self.entries,)==(other.marks,other.entries,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('marks','entries',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'marks\',\'entries\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('marks','entries',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'marks\',\'entries\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.marks,self.entries,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.marks,self.entries,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_cache_dir, _type_tesseract, _type_budget, _type_most_pages, _type_clock, _type_ocr_runs, _type_spent, _type_pages_read, _type_unread, _type_too_long, _type__texts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tesseract, _dflt_budget, _dflt_most_pages, _dflt_clock, _dflt_ocr_runs, _dflt_spent, _dflt_pages_read, _dflt_unread, _dflt_too_long, _dflt__texts, _return_type):
 def __init__(self,cache_dir:_type_cache_dir,tesseract:_type_tesseract=_HAS_DEFAULT_FACTORY,budget:_type_budget=_HAS_DEFAULT_FACTORY,most_pages:_type_most_pages=_HAS_DEFAULT_FACTORY,clock:_type_clock=_HAS_DEFAULT_FACTORY,ocr_runs:_type_ocr_runs=_dflt_ocr_runs,spent:_type_spent=_dflt_spent,pages_read:_type_pages_read=_dflt_pages_read,unread:_type_unread=_dflt_unread,too_long:_type_too_long=_dflt_too_long,_texts:_type__texts=_HAS_DEFAULT_FACTORY)->_return_type:
  self.cache_dir=cache_dir
  self.tesseract=_dflt_tesseract() if tesseract is _HAS_DEFAULT_FACTORY else tesseract
  self.budget=_dflt_budget() if budget is _HAS_DEFAULT_FACTORY else budget
  self.most_pages=_dflt_most_pages() if most_pages is _HAS_DEFAULT_FACTORY else most_pages
  self.clock=_dflt_clock() if clock is _HAS_DEFAULT_FACTORY else clock
  self.ocr_runs=ocr_runs
  self.spent=spent
  self.pages_read=pages_read
  self.unread=unread
  self.too_long=too_long
  self._texts=_dflt__texts() if _texts is _HAS_DEFAULT_FACTORY else _texts
 return __init__


CODE['def __create_fn__(_type_cache_dir, _type_tesseract, _type_budget, _type_most_pages, _type_clock, _type_ocr_runs, _type_spent, _type_pages_read, _type_unread, _type_too_long, _type__texts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tesseract, _dflt_budget, _dflt_most_pages, _dflt_clock, _dflt_ocr_runs, _dflt_spent, _dflt_pages_read, _dflt_unread, _dflt_too_long, _dflt__texts, _return_type):\n def __init__(self,cache_dir:_type_cache_dir,tesseract:_type_tesseract=_HAS_DEFAULT_FACTORY,budget:_type_budget=_HAS_DEFAULT_FACTORY,most_pages:_type_most_pages=_HAS_DEFAULT_FACTORY,clock:_type_clock=_HAS_DEFAULT_FACTORY,ocr_runs:_type_ocr_runs=_dflt_ocr_runs,spent:_type_spent=_dflt_spent,pages_read:_type_pages_read=_dflt_pages_read,unread:_type_unread=_dflt_unread,too_long:_type_too_long=_dflt_too_long,_texts:_type__texts=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.cache_dir=cache_dir\n  self.tesseract=_dflt_tesseract() if tesseract is _HAS_DEFAULT_FACTORY else tesseract\n  self.budget=_dflt_budget() if budget is _HAS_DEFAULT_FACTORY else budget\n  self.most_pages=_dflt_most_pages() if most_pages is _HAS_DEFAULT_FACTORY else most_pages\n  self.clock=_dflt_clock() if clock is _HAS_DEFAULT_FACTORY else clock\n  self.ocr_runs=ocr_runs\n  self.spent=spent\n  self.pages_read=pages_read\n  self.unread=unread\n  self.too_long=too_long\n  self._texts=_dflt__texts() if _texts is _HAS_DEFAULT_FACTORY else _texts\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(cache_dir={self.cache_dir!r}, tesseract={self.tesseract!r}, budget={self.budget!r}, most_pages={self.most_pages!r}, clock={self.clock!r}, ocr_runs={self.ocr_runs!r}, spent={self.spent!r}, pages_read={self.pages_read!r}, unread={self.unread!r}, too_long={self.too_long!r}, _texts={self._texts!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(cache_dir={self.cache_dir!r}, tesseract={self.tesseract!r}, budget={self.budget!r}, most_pages={self.most_pages!r}, clock={self.clock!r}, ocr_runs={self.ocr_runs!r}, spent={self.spent!r}, pages_read={self.pages_read!r}, unread={self.unread!r}, too_long={self.too_long!r}, _texts={self._texts!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.cache_dir,self.tesseract,self.budget,self.most_pages,self.clock,self.ocr_runs,self.spent,self.pages_read,self.unread,self.too_long,self._texts,)==(other.cache_dir,other.tesseract,other.budget,other.most_pages,other.clock,other.ocr_runs,other.spent,other.pages_read,other.unread,other.too_long,other._texts,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.cache_dir,self.tesseract,self.budget,self.most_pages,self.clock,self.ocr_runs,self.spent,self.pages_read,self.unread,self.too_long,self._texts,)==(other.cache_dir,other.tesseract,other.budget,other.most_pages,other.clock,other.ocr_runs,other.spent,other.pages_read,other.unread,other.too_long,other._texts,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_key, _type_new, _type_widths_read, _type_widths_added, _type_text_read, _type_text_added, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,new:_type_new,widths_read:_type_widths_read,widths_added:_type_widths_added,text_read:_type_text_read,text_added:_type_text_added)->_return_type:
  self.key=key
  self.new=new
  self.widths_read=widths_read
  self.widths_added=widths_added
  self.text_read=text_read
  self.text_added=text_added
 return __init__


CODE['def __create_fn__(_type_key, _type_new, _type_widths_read, _type_widths_added, _type_text_read, _type_text_added, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,new:_type_new,widths_read:_type_widths_read,widths_added:_type_widths_added,text_read:_type_text_read,text_added:_type_text_added)->_return_type:\n  self.key=key\n  self.new=new\n  self.widths_read=widths_read\n  self.widths_added=widths_added\n  self.text_read=text_read\n  self.text_added=text_added\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, new={self.new!r}, widths_read={self.widths_read!r}, widths_added={self.widths_added!r}, text_read={self.text_read!r}, text_added={self.text_added!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, new={self.new!r}, widths_read={self.widths_read!r}, widths_added={self.widths_added!r}, text_read={self.text_read!r}, text_added={self.text_added!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.new,self.widths_read,self.widths_added,self.text_read,self.text_added,)==(other.key,other.new,other.widths_read,other.widths_added,other.text_read,other.text_added,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.new,self.widths_read,self.widths_added,self.text_read,self.text_added,)==(other.key,other.new,other.widths_read,other.widths_added,other.text_read,other.text_added,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_ops, _type_fonts, _type_resources, _type_prelude, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,ops:_type_ops,fonts:_type_fonts,resources:_type_resources,prelude:_type_prelude)->_return_type:
  self.ops=ops
  self.fonts=fonts
  self.resources=resources
  self.prelude=prelude
 return __init__


CODE['def __create_fn__(_type_ops, _type_fonts, _type_resources, _type_prelude, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,ops:_type_ops,fonts:_type_fonts,resources:_type_resources,prelude:_type_prelude)->_return_type:\n  self.ops=ops\n  self.fonts=fonts\n  self.resources=resources\n  self.prelude=prelude\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ops={self.ops!r}, fonts={self.fonts!r}, resources={self.resources!r}, prelude={self.prelude!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ops={self.ops!r}, fonts={self.fonts!r}, resources={self.resources!r}, prelude={self.prelude!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ops,self.fonts,self.resources,self.prelude,)==(other.ops,other.fonts,other.resources,other.prelude,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ops,self.fonts,self.resources,self.prelude,)==(other.ops,other.fonts,other.resources,other.prelude,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_layouts, _type_patched, _type_moved, _type_reasons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_layouts, _dflt_patched, _dflt_moved, _dflt_reasons, _return_type):
 def __init__(self,layouts:_type_layouts=_dflt_layouts,patched:_type_patched=_dflt_patched,moved:_type_moved=_dflt_moved,reasons:_type_reasons=_HAS_DEFAULT_FACTORY)->_return_type:
  self.layouts=layouts
  self.patched=patched
  self.moved=moved
  self.reasons=_dflt_reasons() if reasons is _HAS_DEFAULT_FACTORY else reasons
 return __init__


CODE['def __create_fn__(_type_layouts, _type_patched, _type_moved, _type_reasons, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_layouts, _dflt_patched, _dflt_moved, _dflt_reasons, _return_type):\n def __init__(self,layouts:_type_layouts=_dflt_layouts,patched:_type_patched=_dflt_patched,moved:_type_moved=_dflt_moved,reasons:_type_reasons=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.layouts=layouts\n  self.patched=patched\n  self.moved=moved\n  self.reasons=_dflt_reasons() if reasons is _HAS_DEFAULT_FACTORY else reasons\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(layouts={self.layouts!r}, patched={self.patched!r}, moved={self.moved!r}, reasons={self.reasons!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(layouts={self.layouts!r}, patched={self.patched!r}, moved={self.moved!r}, reasons={self.reasons!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.layouts,self.patched,self.moved,self.reasons,)==(other.layouts,other.patched,other.moved,other.reasons,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.layouts,self.patched,self.moved,self.reasons,)==(other.layouts,other.patched,other.moved,other.reasons,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_start, _type_document, _type_cited, _type_margins, _type_total, _type_numbers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_margins, _dflt_total, _dflt_numbers, _return_type):
 def __init__(self,start:_type_start,document:_type_document,cited:_type_cited,margins:_type_margins=_HAS_DEFAULT_FACTORY,total:_type_total=_dflt_total,numbers:_type_numbers=_dflt_numbers)->_return_type:
  self.start=start
  self.document=document
  self.cited=cited
  self.margins=_dflt_margins() if margins is _HAS_DEFAULT_FACTORY else margins
  self.total=total
  self.numbers=numbers
 return __init__


CODE['def __create_fn__(_type_start, _type_document, _type_cited, _type_margins, _type_total, _type_numbers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_margins, _dflt_total, _dflt_numbers, _return_type):\n def __init__(self,start:_type_start,document:_type_document,cited:_type_cited,margins:_type_margins=_HAS_DEFAULT_FACTORY,total:_type_total=_dflt_total,numbers:_type_numbers=_dflt_numbers)->_return_type:\n  self.start=start\n  self.document=document\n  self.cited=cited\n  self.margins=_dflt_margins() if margins is _HAS_DEFAULT_FACTORY else margins\n  self.total=total\n  self.numbers=numbers\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, document={self.document!r}, cited={self.cited!r}, margins={self.margins!r}, total={self.total!r}, numbers={self.numbers!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, document={self.document!r}, cited={self.cited!r}, margins={self.margins!r}, total={self.total!r}, numbers={self.numbers!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.document,self.cited,self.margins,self.total,self.numbers,)==(other.start,other.document,other.cited,other.margins,other.total,other.numbers,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.document,self.cited,self.margins,self.total,self.numbers,)==(other.start,other.document,other.cited,other.margins,other.total,other.numbers,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_start, _type_total, _type_margins, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_margins, _return_type):
 def __init__(self,start:_type_start,total:_type_total,margins:_type_margins=_HAS_DEFAULT_FACTORY)->_return_type:
  self.start=start
  self.total=total
  self.margins=_dflt_margins() if margins is _HAS_DEFAULT_FACTORY else margins
 return __init__


CODE['def __create_fn__(_type_start, _type_total, _type_margins, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_margins, _return_type):\n def __init__(self,start:_type_start,total:_type_total,margins:_type_margins=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.start=start\n  self.total=total\n  self.margins=_dflt_margins() if margins is _HAS_DEFAULT_FACTORY else margins\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, total={self.total!r}, margins={self.margins!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, total={self.total!r}, margins={self.margins!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.total,self.margins,)==(other.start,other.total,other.margins,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.total,self.margins,)==(other.start,other.total,other.margins,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_parts, _type_laid_out, _type_margins_remade, _type_layouts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_parts, _dflt_laid_out, _dflt_margins_remade, _dflt_layouts, _return_type):
 def __init__(self,parts:_type_parts=_dflt_parts,laid_out:_type_laid_out=_dflt_laid_out,margins_remade:_type_margins_remade=_dflt_margins_remade,layouts:_type_layouts=_HAS_DEFAULT_FACTORY)->_return_type:
  self.parts=parts
  self.laid_out=laid_out
  self.margins_remade=margins_remade
  self.layouts=_dflt_layouts() if layouts is _HAS_DEFAULT_FACTORY else layouts
 return __init__


CODE['def __create_fn__(_type_parts, _type_laid_out, _type_margins_remade, _type_layouts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_parts, _dflt_laid_out, _dflt_margins_remade, _dflt_layouts, _return_type):\n def __init__(self,parts:_type_parts=_dflt_parts,laid_out:_type_laid_out=_dflt_laid_out,margins_remade:_type_margins_remade=_dflt_margins_remade,layouts:_type_layouts=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.parts=parts\n  self.laid_out=laid_out\n  self.margins_remade=margins_remade\n  self.layouts=_dflt_layouts() if layouts is _HAS_DEFAULT_FACTORY else layouts\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(parts={self.parts!r}, laid_out={self.laid_out!r}, margins_remade={self.margins_remade!r}, layouts={self.layouts!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(parts={self.parts!r}, laid_out={self.laid_out!r}, margins_remade={self.margins_remade!r}, layouts={self.layouts!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.parts,self.laid_out,self.margins_remade,self.layouts,)==(other.parts,other.laid_out,other.margins_remade,other.layouts,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.parts,self.laid_out,self.margins_remade,self.layouts,)==(other.parts,other.laid_out,other.margins_remade,other.layouts,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_slug, _type_case_dir, _type_options, _type_known, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,slug:_type_slug,case_dir:_type_case_dir,options:_type_options,known:_type_known)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'slug',slug)
  __dataclass_builtins_object__.__setattr__(self,'case_dir',case_dir)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
  __dataclass_builtins_object__.__setattr__(self,'known',known)
 return __init__


CODE["def __create_fn__(_type_id, _type_slug, _type_case_dir, _type_options, _type_known, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,id:_type_id,slug:_type_slug,case_dir:_type_case_dir,options:_type_options,known:_type_known)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'slug',slug)\n  __dataclass_builtins_object__.__setattr__(self,'case_dir',case_dir)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n  __dataclass_builtins_object__.__setattr__(self,'known',known)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, slug={self.slug!r}, case_dir={self.case_dir!r}, options={self.options!r}, known={self.known!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, slug={self.slug!r}, case_dir={self.case_dir!r}, options={self.options!r}, known={self.known!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.slug,self.case_dir,self.options,self.known,)==(other.id,other.slug,other.case_dir,other.options,other.known,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.slug,self.case_dir,self.options,self.known,)==(other.id,other.slug,other.case_dir,other.options,other.known,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','slug','case_dir','options','known',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'slug\',\'case_dir\',\'options\',\'known\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','slug','case_dir','options','known',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'slug\',\'case_dir\',\'options\',\'known\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.slug,self.case_dir,self.options,self.known,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.slug,self.case_dir,self.options,self.known,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_slug, _type_result, _type_inputs, _type_seconds, _type_error, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_error, _return_type):
 def __init__(self,id:_type_id,slug:_type_slug,result:_type_result,inputs:_type_inputs,seconds:_type_seconds,error:_type_error=_dflt_error)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'slug',slug)
  __dataclass_builtins_object__.__setattr__(self,'result',result)
  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)
  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)
  __dataclass_builtins_object__.__setattr__(self,'error',error)
 return __init__


CODE["def __create_fn__(_type_id, _type_slug, _type_result, _type_inputs, _type_seconds, _type_error, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_error, _return_type):\n def __init__(self,id:_type_id,slug:_type_slug,result:_type_result,inputs:_type_inputs,seconds:_type_seconds,error:_type_error=_dflt_error)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'slug',slug)\n  __dataclass_builtins_object__.__setattr__(self,'result',result)\n  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n  __dataclass_builtins_object__.__setattr__(self,'error',error)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, slug={self.slug!r}, result={self.result!r}, inputs={self.inputs!r}, seconds={self.seconds!r}, error={self.error!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, slug={self.slug!r}, result={self.result!r}, inputs={self.inputs!r}, seconds={self.seconds!r}, error={self.error!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.slug,self.result,self.inputs,self.seconds,self.error,)==(other.id,other.slug,other.result,other.inputs,other.seconds,other.error,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.slug,self.result,self.inputs,self.seconds,self.error,)==(other.id,other.slug,other.result,other.inputs,other.seconds,other.error,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','slug','result','inputs','seconds','error',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'slug\',\'result\',\'inputs\',\'seconds\',\'error\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','slug','result','inputs','seconds','error',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'slug\',\'result\',\'inputs\',\'seconds\',\'error\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.slug,self.result,self.inputs,self.seconds,self.error,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.slug,self.result,self.inputs,self.seconds,self.error,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_seconds, _type_errors, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_errors, _return_type):
 def __init__(self,seconds:_type_seconds,errors:_type_errors=_dflt_errors)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
 return __init__


CODE["def __create_fn__(_type_seconds, _type_errors, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_errors, _return_type):\n def __init__(self,seconds:_type_seconds,errors:_type_errors=_dflt_errors)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n  __dataclass_builtins_object__.__setattr__(self,'errors',errors)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(seconds={self.seconds!r}, errors={self.errors!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(seconds={self.seconds!r}, errors={self.errors!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.seconds,self.errors,)==(other.seconds,other.errors,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.seconds,self.errors,)==(other.seconds,other.errors,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('seconds','errors',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'seconds\',\'errors\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('seconds','errors',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'seconds\',\'errors\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.seconds,self.errors,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.seconds,self.errors,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_worker, _type_exitcode, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,worker:_type_worker,exitcode:_type_exitcode)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'worker',worker)
  __dataclass_builtins_object__.__setattr__(self,'exitcode',exitcode)
 return __init__


CODE["def __create_fn__(_type_worker, _type_exitcode, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,worker:_type_worker,exitcode:_type_exitcode)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'worker',worker)\n  __dataclass_builtins_object__.__setattr__(self,'exitcode',exitcode)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(worker={self.worker!r}, exitcode={self.exitcode!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(worker={self.worker!r}, exitcode={self.exitcode!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.worker,self.exitcode,)==(other.worker,other.exitcode,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.worker,self.exitcode,)==(other.worker,other.exitcode,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('worker','exitcode',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'worker\',\'exitcode\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('worker','exitcode',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'worker\',\'exitcode\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.worker,self.exitcode,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.worker,self.exitcode,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_ok, _type_diagnostics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,ok:_type_ok,diagnostics:_type_diagnostics)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ok',ok)
  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)
 return __init__


CODE["def __create_fn__(_type_ok, _type_diagnostics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,ok:_type_ok,diagnostics:_type_diagnostics)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ok',ok)\n  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ok={self.ok!r}, diagnostics={self.diagnostics!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ok={self.ok!r}, diagnostics={self.diagnostics!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ok,self.diagnostics,)==(other.ok,other.diagnostics,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ok,self.diagnostics,)==(other.ok,other.diagnostics,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ok','diagnostics',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ok\',\'diagnostics\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ok','diagnostics',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ok\',\'diagnostics\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.ok,self.diagnostics,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.ok,self.diagnostics,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_generation, _type_changed, _type_cases, _type_error, _type_background, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_error, _dflt_background, _return_type):
 def __init__(self,generation:_type_generation,changed:_type_changed,cases:_type_cases,error:_type_error=_dflt_error,background:_type_background=_dflt_background)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'generation',generation)
  __dataclass_builtins_object__.__setattr__(self,'changed',changed)
  __dataclass_builtins_object__.__setattr__(self,'cases',cases)
  __dataclass_builtins_object__.__setattr__(self,'error',error)
  __dataclass_builtins_object__.__setattr__(self,'background',background)
 return __init__


CODE["def __create_fn__(_type_generation, _type_changed, _type_cases, _type_error, _type_background, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_error, _dflt_background, _return_type):\n def __init__(self,generation:_type_generation,changed:_type_changed,cases:_type_cases,error:_type_error=_dflt_error,background:_type_background=_dflt_background)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'generation',generation)\n  __dataclass_builtins_object__.__setattr__(self,'changed',changed)\n  __dataclass_builtins_object__.__setattr__(self,'cases',cases)\n  __dataclass_builtins_object__.__setattr__(self,'error',error)\n  __dataclass_builtins_object__.__setattr__(self,'background',background)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(generation={self.generation!r}, changed={self.changed!r}, cases={self.cases!r}, error={self.error!r}, background={self.background!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(generation={self.generation!r}, changed={self.changed!r}, cases={self.cases!r}, error={self.error!r}, background={self.background!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.generation,self.changed,self.cases,self.error,self.background,)==(other.generation,other.changed,other.cases,other.error,other.background,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.generation,self.changed,self.cases,self.error,self.background,)==(other.generation,other.changed,other.cases,other.error,other.background,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('generation','changed','cases','error','background',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'generation\',\'changed\',\'cases\',\'error\',\'background\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('generation','changed','cases','error','background',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'generation\',\'changed\',\'cases\',\'error\',\'background\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.generation,self.changed,self.cases,self.error,self.background,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.generation,self.changed,self.cases,self.error,self.background,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_whole, _type_cases, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_whole, _dflt_cases, _return_type):
 def __init__(self,whole:_type_whole=_dflt_whole,cases:_type_cases=_dflt_cases)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'whole',whole)
  __dataclass_builtins_object__.__setattr__(self,'cases',cases)
 return __init__


CODE["def __create_fn__(_type_whole, _type_cases, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_whole, _dflt_cases, _return_type):\n def __init__(self,whole:_type_whole=_dflt_whole,cases:_type_cases=_dflt_cases)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'whole',whole)\n  __dataclass_builtins_object__.__setattr__(self,'cases',cases)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(whole={self.whole!r}, cases={self.cases!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(whole={self.whole!r}, cases={self.cases!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.whole,self.cases,)==(other.whole,other.cases,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.whole,self.cases,)==(other.whole,other.cases,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('whole','cases',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'whole\',\'cases\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('whole','cases',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'whole\',\'cases\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.whole,self.cases,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.whole,self.cases,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_rebuilt, _type_failed, _type_stats, _type_results, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rebuilt, _dflt_failed, _dflt_stats, _dflt_results, _return_type):
 def __init__(self,rebuilt:_type_rebuilt=_HAS_DEFAULT_FACTORY,failed:_type_failed=_HAS_DEFAULT_FACTORY,stats:_type_stats=_HAS_DEFAULT_FACTORY,results:_type_results=_HAS_DEFAULT_FACTORY)->_return_type:
  self.rebuilt=_dflt_rebuilt() if rebuilt is _HAS_DEFAULT_FACTORY else rebuilt
  self.failed=_dflt_failed() if failed is _HAS_DEFAULT_FACTORY else failed
  self.stats=_dflt_stats() if stats is _HAS_DEFAULT_FACTORY else stats
  self.results=_dflt_results() if results is _HAS_DEFAULT_FACTORY else results
 return __init__


CODE['def __create_fn__(_type_rebuilt, _type_failed, _type_stats, _type_results, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rebuilt, _dflt_failed, _dflt_stats, _dflt_results, _return_type):\n def __init__(self,rebuilt:_type_rebuilt=_HAS_DEFAULT_FACTORY,failed:_type_failed=_HAS_DEFAULT_FACTORY,stats:_type_stats=_HAS_DEFAULT_FACTORY,results:_type_results=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.rebuilt=_dflt_rebuilt() if rebuilt is _HAS_DEFAULT_FACTORY else rebuilt\n  self.failed=_dflt_failed() if failed is _HAS_DEFAULT_FACTORY else failed\n  self.stats=_dflt_stats() if stats is _HAS_DEFAULT_FACTORY else stats\n  self.results=_dflt_results() if results is _HAS_DEFAULT_FACTORY else results\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rebuilt={self.rebuilt!r}, failed={self.failed!r}, stats={self.stats!r}, results={self.results!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rebuilt={self.rebuilt!r}, failed={self.failed!r}, stats={self.stats!r}, results={self.results!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rebuilt,self.failed,self.stats,self.results,)==(other.rebuilt,other.failed,other.stats,other.results,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rebuilt,self.failed,self.stats,self.results,)==(other.rebuilt,other.failed,other.stats,other.results,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_status, _type_path, _type_location, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_path, _dflt_location, _return_type):
 def __init__(self,status:_type_status,path:_type_path=_dflt_path,location:_type_location=_dflt_location)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
 return __init__


CODE["def __create_fn__(_type_status, _type_path, _type_location, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_path, _dflt_location, _return_type):\n def __init__(self,status:_type_status,path:_type_path=_dflt_path,location:_type_location=_dflt_location)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(status={self.status!r}, path={self.path!r}, location={self.location!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(status={self.status!r}, path={self.path!r}, location={self.location!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.status,self.path,self.location,)==(other.status,other.path,other.location,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.status,self.path,self.location,)==(other.status,other.path,other.location,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('status','path','location',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'status\',\'path\',\'location\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('status','path','location',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'status\',\'path\',\'location\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.status,self.path,self.location,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.status,self.path,self.location,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_dropped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_dropped, _return_type):
 def __init__(self,dropped:_type_dropped=_dflt_dropped)->_return_type:
  self.dropped=dropped
 return __init__


CODE['def __create_fn__(_type_dropped, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_dropped, _return_type):\n def __init__(self,dropped:_type_dropped=_dflt_dropped)->_return_type:\n  self.dropped=dropped\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dropped={self.dropped!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(dropped={self.dropped!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.dropped,)==(other.dropped,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.dropped,)==(other.dropped,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_text, _type_places, _type_context, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_context, _return_type):
 def __init__(self,text:_type_text,places:_type_places,context:_type_context=_dflt_context)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'places',places)
  __dataclass_builtins_object__.__setattr__(self,'context',context)
 return __init__


CODE["def __create_fn__(_type_text, _type_places, _type_context, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_context, _return_type):\n def __init__(self,text:_type_text,places:_type_places,context:_type_context=_dflt_context)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'places',places)\n  __dataclass_builtins_object__.__setattr__(self,'context',context)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, places={self.places!r}, context={self.context!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, places={self.places!r}, context={self.context!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.places,self.context,)==(other.text,other.places,other.context,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.places,self.context,)==(other.text,other.places,other.context,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','places','context',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'places\',\'context\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','places','context',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'places\',\'context\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.places,self.context,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.places,self.context,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_matrix, _type_scale, _type_frame, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,matrix:_type_matrix,scale:_type_scale,frame:_type_frame)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'matrix',matrix)
  __dataclass_builtins_object__.__setattr__(self,'scale',scale)
  __dataclass_builtins_object__.__setattr__(self,'frame',frame)
 return __init__


CODE["def __create_fn__(_type_matrix, _type_scale, _type_frame, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,matrix:_type_matrix,scale:_type_scale,frame:_type_frame)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'matrix',matrix)\n  __dataclass_builtins_object__.__setattr__(self,'scale',scale)\n  __dataclass_builtins_object__.__setattr__(self,'frame',frame)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(matrix={self.matrix!r}, scale={self.scale!r}, frame={self.frame!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(matrix={self.matrix!r}, scale={self.scale!r}, frame={self.frame!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.matrix,self.scale,self.frame,)==(other.matrix,other.scale,other.frame,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.matrix,self.scale,self.frame,)==(other.matrix,other.scale,other.frame,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('matrix','scale','frame',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'matrix\',\'scale\',\'frame\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('matrix','scale','frame',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'matrix\',\'scale\',\'frame\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.matrix,self.scale,self.frame,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.matrix,self.scale,self.frame,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_url, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,url:_type_url,reason:_type_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__


CODE["def __create_fn__(_type_url, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,url:_type_url,reason:_type_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(url={self.url!r}, reason={self.reason!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(url={self.url!r}, reason={self.reason!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.url,self.reason,)==(other.url,other.reason,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.url,self.reason,)==(other.url,other.reason,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('url','reason',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'url\',\'reason\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('url','reason',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'url\',\'reason\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.url,self.reason,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.url,self.reason,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_rel, _type_path, _type_base_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,rel:_type_rel,path:_type_path,base_url:_type_base_url)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rel',rel)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'base_url',base_url)
 return __init__


CODE["def __create_fn__(_type_rel, _type_path, _type_base_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,rel:_type_rel,path:_type_path,base_url:_type_base_url)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rel',rel)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'base_url',base_url)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rel={self.rel!r}, path={self.path!r}, base_url={self.base_url!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rel={self.rel!r}, path={self.path!r}, base_url={self.base_url!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rel,self.path,self.base_url,)==(other.rel,other.path,other.base_url,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rel,self.path,self.base_url,)==(other.rel,other.path,other.base_url,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rel','path','base_url',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rel\',\'path\',\'base_url\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rel','path','base_url',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rel\',\'path\',\'base_url\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.rel,self.path,self.base_url,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rel,self.path,self.base_url,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_text, _type_ref, _type_strong, _type_file, _type_page, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ref, _dflt_strong, _dflt_file, _dflt_page, _return_type):
 def __init__(self,text:_type_text,ref:_type_ref=_dflt_ref,strong:_type_strong=_dflt_strong,file:_type_file=_dflt_file,page:_type_page=_dflt_page)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'ref',ref)
  __dataclass_builtins_object__.__setattr__(self,'strong',strong)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'page',page)
 return __init__


CODE["def __create_fn__(_type_text, _type_ref, _type_strong, _type_file, _type_page, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ref, _dflt_strong, _dflt_file, _dflt_page, _return_type):\n def __init__(self,text:_type_text,ref:_type_ref=_dflt_ref,strong:_type_strong=_dflt_strong,file:_type_file=_dflt_file,page:_type_page=_dflt_page)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'ref',ref)\n  __dataclass_builtins_object__.__setattr__(self,'strong',strong)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, ref={self.ref!r}, strong={self.strong!r}, file={self.file!r}, page={self.page!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, ref={self.ref!r}, strong={self.strong!r}, file={self.file!r}, page={self.page!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.ref,self.strong,self.file,self.page,)==(other.text,other.ref,other.strong,other.file,other.page,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.ref,self.strong,self.file,self.page,)==(other.text,other.ref,other.strong,other.file,other.page,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','ref','strong','file','page',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'ref\',\'strong\',\'file\',\'page\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','ref','strong','file','page',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'ref\',\'strong\',\'file\',\'page\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.ref,self.strong,self.file,self.page,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.ref,self.strong,self.file,self.page,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_head, _type_notes, _type_quote, _type_quote_intro, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_quote, _dflt_quote_intro, _return_type):
 def __init__(self,head:_type_head,notes:_type_notes=_dflt_notes,quote:_type_quote=_dflt_quote,quote_intro:_type_quote_intro=_dflt_quote_intro)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'head',head)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'quote',quote)
  __dataclass_builtins_object__.__setattr__(self,'quote_intro',quote_intro)
 return __init__


CODE["def __create_fn__(_type_head, _type_notes, _type_quote, _type_quote_intro, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_quote, _dflt_quote_intro, _return_type):\n def __init__(self,head:_type_head,notes:_type_notes=_dflt_notes,quote:_type_quote=_dflt_quote,quote_intro:_type_quote_intro=_dflt_quote_intro)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'head',head)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'quote',quote)\n  __dataclass_builtins_object__.__setattr__(self,'quote_intro',quote_intro)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(head={self.head!r}, notes={self.notes!r}, quote={self.quote!r}, quote_intro={self.quote_intro!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(head={self.head!r}, notes={self.notes!r}, quote={self.quote!r}, quote_intro={self.quote_intro!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.head,self.notes,self.quote,self.quote_intro,)==(other.head,other.notes,other.quote,other.quote_intro,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.head,self.notes,self.quote,self.quote_intro,)==(other.head,other.notes,other.quote,other.quote_intro,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('head','notes','quote','quote_intro',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'head\',\'notes\',\'quote\',\'quote_intro\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('head','notes','quote','quote_intro',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'head\',\'notes\',\'quote\',\'quote_intro\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.head,self.notes,self.quote,self.quote_intro,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.head,self.notes,self.quote,self.quote_intro,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_name, _type_title, _type_points, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,title:_type_title,points:_type_points)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'points',points)
 return __init__


CODE["def __create_fn__(_type_name, _type_title, _type_points, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,title:_type_title,points:_type_points)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'points',points)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, title={self.title!r}, points={self.points!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, title={self.title!r}, points={self.points!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.title,self.points,)==(other.name,other.title,other.points,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.title,self.points,)==(other.name,other.title,other.points,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','title','points',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'title\',\'points\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','title','points',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'title\',\'points\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.title,self.points,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.title,self.points,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_runs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,runs:_type_runs)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'runs',runs)
 return __init__


CODE["def __create_fn__(_type_runs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,runs:_type_runs)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'runs',runs)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(runs={self.runs!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(runs={self.runs!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.runs,)==(other.runs,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.runs,)==(other.runs,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('runs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'runs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('runs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'runs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.runs,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.runs,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_letter, _type_date, _type_to, _type_subject, _type_blocks, _type_composed, _type_signature, _type_body, _type_signoff_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_signoff_at, _return_type):
 def __init__(self,letter:_type_letter,date:_type_date,to:_type_to,subject:_type_subject,blocks:_type_blocks,composed:_type_composed,signature:_type_signature,body:_type_body=_dflt_body,signoff_at:_type_signoff_at=_dflt_signoff_at)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'letter',letter)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'to',to)
  __dataclass_builtins_object__.__setattr__(self,'subject',subject)
  __dataclass_builtins_object__.__setattr__(self,'blocks',blocks)
  __dataclass_builtins_object__.__setattr__(self,'composed',composed)
  __dataclass_builtins_object__.__setattr__(self,'signature',signature)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'signoff_at',signoff_at)
 return __init__


CODE["def __create_fn__(_type_letter, _type_date, _type_to, _type_subject, _type_blocks, _type_composed, _type_signature, _type_body, _type_signoff_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body, _dflt_signoff_at, _return_type):\n def __init__(self,letter:_type_letter,date:_type_date,to:_type_to,subject:_type_subject,blocks:_type_blocks,composed:_type_composed,signature:_type_signature,body:_type_body=_dflt_body,signoff_at:_type_signoff_at=_dflt_signoff_at)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'letter',letter)\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'to',to)\n  __dataclass_builtins_object__.__setattr__(self,'subject',subject)\n  __dataclass_builtins_object__.__setattr__(self,'blocks',blocks)\n  __dataclass_builtins_object__.__setattr__(self,'composed',composed)\n  __dataclass_builtins_object__.__setattr__(self,'signature',signature)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'signoff_at',signoff_at)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(letter={self.letter!r}, date={self.date!r}, to={self.to!r}, subject={self.subject!r}, blocks={self.blocks!r}, composed={self.composed!r}, signature={self.signature!r}, body={self.body!r}, signoff_at={self.signoff_at!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(letter={self.letter!r}, date={self.date!r}, to={self.to!r}, subject={self.subject!r}, blocks={self.blocks!r}, composed={self.composed!r}, signature={self.signature!r}, body={self.body!r}, signoff_at={self.signoff_at!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.letter,self.date,self.to,self.subject,self.blocks,self.composed,self.signature,self.body,self.signoff_at,)==(other.letter,other.date,other.to,other.subject,other.blocks,other.composed,other.signature,other.body,other.signoff_at,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.letter,self.date,self.to,self.subject,self.blocks,self.composed,self.signature,self.body,self.signoff_at,)==(other.letter,other.date,other.to,other.subject,other.blocks,other.composed,other.signature,other.body,other.signoff_at,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('letter','date','to','subject','blocks','composed','signature','body','signoff_at',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'letter\',\'date\',\'to\',\'subject\',\'blocks\',\'composed\',\'signature\',\'body\',\'signoff_at\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('letter','date','to','subject','blocks','composed','signature','body','signoff_at',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'letter\',\'date\',\'to\',\'subject\',\'blocks\',\'composed\',\'signature\',\'body\',\'signoff_at\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.letter,self.date,self.to,self.subject,self.blocks,self.composed,self.signature,self.body,self.signoff_at,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.letter,self.date,self.to,self.subject,self.blocks,self.composed,self.signature,self.body,self.signoff_at,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_paper, _type_top, _type_side, _type_bottom, _type_band, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_top, _dflt_side, _dflt_bottom, _dflt_band, _return_type):
 def __init__(self,paper:_type_paper,top:_type_top=_dflt_top,side:_type_side=_dflt_side,bottom:_type_bottom=_dflt_bottom,band:_type_band=_dflt_band)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'paper',paper)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'side',side)
  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)
  __dataclass_builtins_object__.__setattr__(self,'band',band)
 return __init__


CODE["def __create_fn__(_type_paper, _type_top, _type_side, _type_bottom, _type_band, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_top, _dflt_side, _dflt_bottom, _dflt_band, _return_type):\n def __init__(self,paper:_type_paper,top:_type_top=_dflt_top,side:_type_side=_dflt_side,bottom:_type_bottom=_dflt_bottom,band:_type_band=_dflt_band)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'paper',paper)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'side',side)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(paper={self.paper!r}, top={self.top!r}, side={self.side!r}, bottom={self.bottom!r}, band={self.band!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(paper={self.paper!r}, top={self.top!r}, side={self.side!r}, bottom={self.bottom!r}, band={self.band!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.paper,self.top,self.side,self.bottom,self.band,)==(other.paper,other.top,other.side,other.bottom,other.band,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.paper,self.top,self.side,self.bottom,self.band,)==(other.paper,other.top,other.side,other.bottom,other.band,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('paper','top','side','bottom','band',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'paper\',\'top\',\'side\',\'bottom\',\'band\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('paper','top','side','bottom','band',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'paper\',\'top\',\'side\',\'bottom\',\'band\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.paper,self.top,self.side,self.bottom,self.band,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.paper,self.top,self.side,self.bottom,self.band,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_id, _type_number, _type_landscape, _type_image_url, _type_width, _type_height, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_image_url, _dflt_width, _dflt_height, _return_type):
 def __init__(self,id:_type_id,number:_type_number,landscape:_type_landscape,image_url:_type_image_url=_dflt_image_url,width:_type_width=_dflt_width,height:_type_height=_dflt_height)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'landscape',landscape)
  __dataclass_builtins_object__.__setattr__(self,'image_url',image_url)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
 return __init__


CODE["def __create_fn__(_type_id, _type_number, _type_landscape, _type_image_url, _type_width, _type_height, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_image_url, _dflt_width, _dflt_height, _return_type):\n def __init__(self,id:_type_id,number:_type_number,landscape:_type_landscape,image_url:_type_image_url=_dflt_image_url,width:_type_width=_dflt_width,height:_type_height=_dflt_height)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n  __dataclass_builtins_object__.__setattr__(self,'landscape',landscape)\n  __dataclass_builtins_object__.__setattr__(self,'image_url',image_url)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, number={self.number!r}, landscape={self.landscape!r}, image_url={self.image_url!r}, width={self.width!r}, height={self.height!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, number={self.number!r}, landscape={self.landscape!r}, image_url={self.image_url!r}, width={self.width!r}, height={self.height!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.number,self.landscape,self.image_url,self.width,self.height,)==(other.id,other.number,other.landscape,other.image_url,other.width,other.height,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.number,self.landscape,self.image_url,self.width,self.height,)==(other.id,other.number,other.landscape,other.image_url,other.width,other.height,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','number','landscape','image_url','width','height',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'number\',\'landscape\',\'image_url\',\'width\',\'height\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','number','landscape','image_url','width','height',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'number\',\'landscape\',\'image_url\',\'width\',\'height\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.number,self.landscape,self.image_url,self.width,self.height,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.number,self.landscape,self.image_url,self.width,self.height,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_exhibit, _type_target, _type_file, _type_sheets, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,exhibit:_type_exhibit,target:_type_target,file:_type_file,sheets:_type_sheets)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'exhibit',exhibit)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'sheets',sheets)
 return __init__


CODE["def __create_fn__(_type_exhibit, _type_target, _type_file, _type_sheets, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,exhibit:_type_exhibit,target:_type_target,file:_type_file,sheets:_type_sheets)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'exhibit',exhibit)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'sheets',sheets)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(exhibit={self.exhibit!r}, target={self.target!r}, file={self.file!r}, sheets={self.sheets!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(exhibit={self.exhibit!r}, target={self.target!r}, file={self.file!r}, sheets={self.sheets!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.exhibit,self.target,self.file,self.sheets,)==(other.exhibit,other.target,other.file,other.sheets,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.exhibit,self.target,self.file,self.sheets,)==(other.exhibit,other.target,other.file,other.sheets,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('exhibit','target','file','sheets',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'exhibit\',\'target\',\'file\',\'sheets\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('exhibit','target','file','sheets',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'exhibit\',\'target\',\'file\',\'sheets\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.exhibit,self.target,self.file,self.sheets,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.exhibit,self.target,self.file,self.sheets,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_html, _type_exhibits, _type_served, _type_title, _type_date, _type_identifier, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,html:_type_html,exhibits:_type_exhibits,served:_type_served,title:_type_title,date:_type_date,identifier:_type_identifier)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'html',html)
  __dataclass_builtins_object__.__setattr__(self,'exhibits',exhibits)
  __dataclass_builtins_object__.__setattr__(self,'served',served)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'identifier',identifier)
 return __init__


CODE["def __create_fn__(_type_html, _type_exhibits, _type_served, _type_title, _type_date, _type_identifier, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,html:_type_html,exhibits:_type_exhibits,served:_type_served,title:_type_title,date:_type_date,identifier:_type_identifier)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'html',html)\n  __dataclass_builtins_object__.__setattr__(self,'exhibits',exhibits)\n  __dataclass_builtins_object__.__setattr__(self,'served',served)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'identifier',identifier)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(html={self.html!r}, exhibits={self.exhibits!r}, served={self.served!r}, title={self.title!r}, date={self.date!r}, identifier={self.identifier!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(html={self.html!r}, exhibits={self.exhibits!r}, served={self.served!r}, title={self.title!r}, date={self.date!r}, identifier={self.identifier!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.html,self.exhibits,self.served,self.title,self.date,self.identifier,)==(other.html,other.exhibits,other.served,other.title,other.date,other.identifier,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.html,self.exhibits,self.served,self.title,self.date,self.identifier,)==(other.html,other.exhibits,other.served,other.title,other.date,other.identifier,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('html','exhibits','served','title','date','identifier',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'html\',\'exhibits\',\'served\',\'title\',\'date\',\'identifier\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('html','exhibits','served','title','date','identifier',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'html\',\'exhibits\',\'served\',\'title\',\'date\',\'identifier\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.html,self.exhibits,self.served,self.title,self.date,self.identifier,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.html,self.exhibits,self.served,self.title,self.date,self.identifier,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_title, _type_author, _type_subject, _type_keywords, _type_date, _type_creator, _type_producer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,title:_type_title,author:_type_author,subject:_type_subject,keywords:_type_keywords,date:_type_date,creator:_type_creator,producer:_type_producer)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'author',author)
  __dataclass_builtins_object__.__setattr__(self,'subject',subject)
  __dataclass_builtins_object__.__setattr__(self,'keywords',keywords)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'creator',creator)
  __dataclass_builtins_object__.__setattr__(self,'producer',producer)
 return __init__


CODE["def __create_fn__(_type_title, _type_author, _type_subject, _type_keywords, _type_date, _type_creator, _type_producer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,title:_type_title,author:_type_author,subject:_type_subject,keywords:_type_keywords,date:_type_date,creator:_type_creator,producer:_type_producer)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'author',author)\n  __dataclass_builtins_object__.__setattr__(self,'subject',subject)\n  __dataclass_builtins_object__.__setattr__(self,'keywords',keywords)\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'creator',creator)\n  __dataclass_builtins_object__.__setattr__(self,'producer',producer)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, author={self.author!r}, subject={self.subject!r}, keywords={self.keywords!r}, date={self.date!r}, creator={self.creator!r}, producer={self.producer!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, author={self.author!r}, subject={self.subject!r}, keywords={self.keywords!r}, date={self.date!r}, creator={self.creator!r}, producer={self.producer!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.author,self.subject,self.keywords,self.date,self.creator,self.producer,)==(other.title,other.author,other.subject,other.keywords,other.date,other.creator,other.producer,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.author,self.subject,self.keywords,self.date,self.creator,self.producer,)==(other.title,other.author,other.subject,other.keywords,other.date,other.creator,other.producer,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','author','subject','keywords','date','creator','producer',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'author\',\'subject\',\'keywords\',\'date\',\'creator\',\'producer\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','author','subject','keywords','date','creator','producer',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'author\',\'subject\',\'keywords\',\'date\',\'creator\',\'producer\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.title,self.author,self.subject,self.keywords,self.date,self.creator,self.producer,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.title,self.author,self.subject,self.keywords,self.date,self.creator,self.producer,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_starts, _type_ends, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,starts:_type_starts,ends:_type_ends)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'starts',starts)
  __dataclass_builtins_object__.__setattr__(self,'ends',ends)
 return __init__


CODE["def __create_fn__(_type_starts, _type_ends, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,starts:_type_starts,ends:_type_ends)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'starts',starts)\n  __dataclass_builtins_object__.__setattr__(self,'ends',ends)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(starts={self.starts!r}, ends={self.ends!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(starts={self.starts!r}, ends={self.ends!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.starts,self.ends,)==(other.starts,other.ends,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.starts,self.ends,)==(other.starts,other.ends,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('starts','ends',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'starts\',\'ends\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('starts','ends',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'starts\',\'ends\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.starts,self.ends,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.starts,self.ends,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_key, _type_fonts, _type_stylesheets, _type_images, _type_css_fetcher, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,fonts:_type_fonts,stylesheets:_type_stylesheets,images:_type_images,css_fetcher:_type_css_fetcher)->_return_type:
  self.key=key
  self.fonts=fonts
  self.stylesheets=stylesheets
  self.images=images
  self.css_fetcher=css_fetcher
 return __init__


CODE['def __create_fn__(_type_key, _type_fonts, _type_stylesheets, _type_images, _type_css_fetcher, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,fonts:_type_fonts,stylesheets:_type_stylesheets,images:_type_images,css_fetcher:_type_css_fetcher)->_return_type:\n  self.key=key\n  self.fonts=fonts\n  self.stylesheets=stylesheets\n  self.images=images\n  self.css_fetcher=css_fetcher\n return __init__'] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, fonts={self.fonts!r}, stylesheets={self.stylesheets!r}, images={self.images!r}, css_fetcher={self.css_fetcher!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, fonts={self.fonts!r}, stylesheets={self.stylesheets!r}, images={self.images!r}, css_fetcher={self.css_fetcher!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.fonts,self.stylesheets,self.images,self.css_fetcher,)==(other.key,other.fonts,other.stylesheets,other.images,other.css_fetcher,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.fonts,self.stylesheets,self.images,self.css_fetcher,)==(other.key,other.fonts,other.stylesheets,other.images,other.css_fetcher,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(_type_plan_words, _type_plan_limit, _type_letter_words, _type_letter_limit, _type_section_limits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,plan_words:_type_plan_words,plan_limit:_type_plan_limit,letter_words:_type_letter_words,letter_limit:_type_letter_limit,section_limits:_type_section_limits)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'plan_words',plan_words)
  __dataclass_builtins_object__.__setattr__(self,'plan_limit',plan_limit)
  __dataclass_builtins_object__.__setattr__(self,'letter_words',letter_words)
  __dataclass_builtins_object__.__setattr__(self,'letter_limit',letter_limit)
  __dataclass_builtins_object__.__setattr__(self,'section_limits',section_limits)
 return __init__


CODE["def __create_fn__(_type_plan_words, _type_plan_limit, _type_letter_words, _type_letter_limit, _type_section_limits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,plan_words:_type_plan_words,plan_limit:_type_plan_limit,letter_words:_type_letter_words,letter_limit:_type_letter_limit,section_limits:_type_section_limits)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'plan_words',plan_words)\n  __dataclass_builtins_object__.__setattr__(self,'plan_limit',plan_limit)\n  __dataclass_builtins_object__.__setattr__(self,'letter_words',letter_words)\n  __dataclass_builtins_object__.__setattr__(self,'letter_limit',letter_limit)\n  __dataclass_builtins_object__.__setattr__(self,'section_limits',section_limits)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(plan_words={self.plan_words!r}, plan_limit={self.plan_limit!r}, letter_words={self.letter_words!r}, letter_limit={self.letter_limit!r}, section_limits={self.section_limits!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(plan_words={self.plan_words!r}, plan_limit={self.plan_limit!r}, letter_words={self.letter_words!r}, letter_limit={self.letter_limit!r}, section_limits={self.section_limits!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.plan_words,self.plan_limit,self.letter_words,self.letter_limit,self.section_limits,)==(other.plan_words,other.plan_limit,other.letter_words,other.letter_limit,other.section_limits,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.plan_words,self.plan_limit,self.letter_words,self.letter_limit,self.section_limits,)==(other.plan_words,other.plan_limit,other.letter_words,other.letter_limit,other.section_limits,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('plan_words','plan_limit','letter_words','letter_limit','section_limits',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'plan_words\',\'plan_limit\',\'letter_words\',\'letter_limit\',\'section_limits\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('plan_words','plan_limit','letter_words','letter_limit','section_limits',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'plan_words\',\'plan_limit\',\'letter_words\',\'letter_limit\',\'section_limits\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.plan_words,self.plan_limit,self.letter_words,self.letter_limit,self.section_limits,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.plan_words,self.plan_limit,self.letter_words,self.letter_limit,self.section_limits,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_rules, _type_outputs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,rules:_type_rules,outputs:_type_outputs)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rules',rules)
  __dataclass_builtins_object__.__setattr__(self,'outputs',outputs)
 return __init__


CODE["def __create_fn__(_type_rules, _type_outputs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,rules:_type_rules,outputs:_type_outputs)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'outputs',outputs)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rules={self.rules!r}, outputs={self.outputs!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rules={self.rules!r}, outputs={self.outputs!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rules,self.outputs,)==(other.rules,other.outputs,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rules,self.outputs,)==(other.rules,other.outputs,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rules','outputs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rules\',\'outputs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rules','outputs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rules\',\'outputs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.rules,self.outputs,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rules,self.outputs,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_rules, _type_steps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rules, _dflt_steps, _return_type):
 def __init__(self,rules:_type_rules=_dflt_rules,steps:_type_steps=_dflt_steps)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rules',rules)
  __dataclass_builtins_object__.__setattr__(self,'steps',steps)
 return __init__


CODE["def __create_fn__(_type_rules, _type_steps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_rules, _dflt_steps, _return_type):\n def __init__(self,rules:_type_rules=_dflt_rules,steps:_type_steps=_dflt_steps)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'steps',steps)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rules={self.rules!r}, steps={self.steps!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rules={self.rules!r}, steps={self.steps!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rules,self.steps,)==(other.rules,other.steps,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rules,self.steps,)==(other.rules,other.steps,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rules','steps',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rules\',\'steps\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rules','steps',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rules\',\'steps\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.rules,self.steps,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rules,self.steps,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_root, _type_extension, _type_rule, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,root:_type_root,extension:_type_extension,rule:_type_rule)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'extension',extension)
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
 return __init__


CODE["def __create_fn__(_type_root, _type_extension, _type_rule, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,root:_type_root,extension:_type_extension,rule:_type_rule)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'root',root)\n  __dataclass_builtins_object__.__setattr__(self,'extension',extension)\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, extension={self.extension!r}, rule={self.rule!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(root={self.root!r}, extension={self.extension!r}, rule={self.rule!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.extension,self.rule,)==(other.root,other.extension,other.rule,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.root,self.extension,self.rule,)==(other.root,other.extension,other.rule,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('root','extension','rule',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'root\',\'extension\',\'rule\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('root','extension','rule',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'root\',\'extension\',\'rule\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.root,self.extension,self.rule,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.root,self.extension,self.rule,))\n return __hash__'] = __create_fn__.__code__


def __create_fn__(_type_root, _type_extension, _type_output, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,root:_type_root,extension:_type_extension,output:_type_output)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'extension',extension)
  __dataclass_builtins_object__.__setattr__(self,'output',output)
 return __init__


CODE["def __create_fn__(_type_root, _type_extension, _type_output, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,root:_type_root,extension:_type_extension,output:_type_output)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'root',root)\n  __dataclass_builtins_object__.__setattr__(self,'extension',extension)\n  __dataclass_builtins_object__.__setattr__(self,'output',output)\n return __init__"] = __create_fn__.__code__


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, extension={self.extension!r}, output={self.output!r})"
 return __repr__


CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(root={self.root!r}, extension={self.extension!r}, output={self.output!r})"\n return __repr__'] = __create_fn__.__code__


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.extension,self.output,)==(other.root,other.extension,other.output,)
  return NotImplemented
 return __eq__


CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.root,self.extension,self.output,)==(other.root,other.extension,other.output,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('root','extension','output',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'root\',\'extension\',\'output\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('root','extension','output',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'root\',\'extension\',\'output\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__


def __create_fn__():
 def __hash__(self):
  return hash((self.root,self.extension,self.output,))
 return __hash__


CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.root,self.extension,self.output,))\n return __hash__'] = __create_fn__.__code__


del __create_fn__
