"""The business-case library's clause templates, compiled by Jinja 3.1.6.

Written by `make compiled-clauses` (spinout/engine/precompiled.py) from the YAML: do not edit.
"""
# ruff: noqa
# mypy: ignore-errors

JINJA = '3.1.6'
SIGNATURE = 'f66b7cfbb3f2653c321e2a41282bbb173d8f765d8db9f212bc8dceb9a89d0215'

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join


def _t0(environment):
    name = 'appendices/0/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_society = resolve('society')
        pass
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            yield "the outline of the trust's articles (the trust outline files), to instruct a solicitor: it is not a constitution and cannot be adopted as it stands;"
        else:
            pass
            yield 'the draft rules of '
            yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
            yield ' (the constitution files, in Word, PDF and plain text), to be checked by a solicitor or a co-operative development body before they are adopted;'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t1(environment):
    name = 'appendices/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_bc = resolve('bc')
        pass
        yield 'Staff expected to transfer: complete the table below from the employee liability information '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the current employer'))
        yield ' provides. It should list all '
        yield str(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff'))
        yield ' people. It holds personal data: keep it confidential, share it only with those who need it, and leave it out of any copy of this case that is published or widely circulated.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t2(environment):
    name = 'appendices/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t3(environment):
    name = 'appendices/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t4(environment):
    name = 'appendices/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') == 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t5(environment):
    name = 'appendices/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'Other appendices to add: the results of consultation and of any staff ballot, letters of support, the CVs or short biographies of the proposed '
        yield str(('trustees' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'directors'))
        yield ", the accountant's review of the finances, and any heads of terms or draft contract."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t6(environment):
    name = 'context/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_service = resolve('service')
        l_0_routes = missing
        pass
        l_0_routes = {'right-to-request': ("Staff are using the NHS 'right to request' (introduced in 2008) to propose taking their service out of the NHS into a social enterprise that they lead." if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') == 'nhs') else str_join(('Staff are asking ', (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the body that runs the service'), " to let them take the service out into a social enterprise that they lead. The 'right to request' of 2008 was for NHS staff; here the route rests on the host body's own decision.", ))), 'right-to-provide': "Staff are using the 'right to provide' (introduced in 2011), which invites staff in health and social care to propose running their service as a social enterprise.", 'right-to-own': "Staff are proposing to take over the service from the organisation that runs it now, which is closing or being sold. The 'right to own', a right of first refusal backed by patient capital, is still a policy proposal and not law: the group has no legal right to take the service over, so everything depends on the current owner agreeing.", 'externalisation': 'The service would move out of the body that runs it now into the new organisation by a negotiated transfer of staff and service (externalisation). How the first contract is awarded, directly or after competition, is for the host body to decide under procurement law.', 'contracting': 'The new organisation will bid to run the service in a competitive tender.', 'partnership': 'The new organisation is being set up in partnership with one or more existing organisations.', 'society-venture': 'The new organisation is being started by an existing co-operative, as a new venture.', 'new-start': 'This is a new start: a service set up by the people involved, rather than the transfer of a service that exists today.'}
        context.vars['routes'] = l_0_routes
        context.exported_vars.add('routes')
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            yield 'The school is exploring co-operative trust status. This is a change to how an existing school is governed, decided through the statutory process, with partner organisations joining its governance through the trust.'
        else:
            pass
            yield str(environment.getitem((undefined(name='routes') if l_0_routes is missing else l_0_routes), environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'pathway')))

    blocks = {}
    debug_info = '1=14&10=17'
    return locals()


def _t7(environment):
    name = 'context/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))
            yield " has a part in the statutory process for the school's change of status, alongside the governing body and the Department for Education."
        elif (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'pathway') in ['right-to-request', 'right-to-provide', 'externalisation', 'right-to-own']):
            pass
            yield 'The service is run today by '
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))
            yield ', the host body whose agreement this case asks for.'
        elif (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'pathway') == 'contracting'):
            pass
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))
            yield ' is the body running the tender.'
        else:
            pass
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))
            yield ' is the main public or partner body the group is working with.'

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t8(environment):
    name = 'context/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t9(environment):
    name = 'context/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'What does '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the host body or commissioner'))
        yield ' want? Set out its aims for this service (savings, quality, stability, local jobs, social value), any policy it has on mutuals or community ownership, and its decision timetable: who decides, at which meeting, and what they need from you before then.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t10(environment):
    name = 'context/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_service = resolve('service')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none') or environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t11(environment):
    name = 'context/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_service = resolve('service')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') == 'none') and (not environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t12(environment):
    name = 'eligibility/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield 'On the answers given, '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ' looks eligible for contracts reserved for public service mutuals under the Procurement Act 2023, s.33. That section lets a public body reserve a contract for mutuals that are managed and controlled by their employees, that do not distribute profits or distribute them only among their members, where the contract lasts no more than five years.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t13(environment):
    name = 'eligibility/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        pass
        yield str(('1' if environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_eligible') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t14(environment):
    name = 'eligibility/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield 'On the answers given, '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ' does not look eligible for contracts reserved for public service mutuals under the Procurement Act 2023, s.33. That section lets a public body reserve a contract for mutuals that are managed and controlled by their employees, that do not distribute profits or distribute them only among their members, where the contract lasts no more than five years. The reasons it does not look eligible:'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t15(environment):
    name = 'eligibility/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        pass
        yield str(('1' if (not environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_eligible')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t16(environment):
    name = 'eligibility/10/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield str(('1' if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'scotland') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t17(environment):
    name = 'eligibility/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        l_0_r = missing
        try:
            t_1 = environment.filters['upper']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'upper' found.")
        pass
        l_0_r = environment.getitem(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_reasons'), 0)
        context.vars['r'] = l_0_r
        context.exported_vars.add('r')
        yield str(t_1((undefined(name='r') if l_0_r is missing else l_0_r)[:1]))
        yield str((undefined(name='r') if l_0_r is missing else l_0_r)[1:])
        yield str(('' if environment.call(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'endswith'), '.') else '.'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t18(environment):
    name = 'eligibility/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((not environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_eligible')) and (t_1(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_reasons')) > 0)) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t19(environment):
    name = 'eligibility/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        l_0_r = missing
        try:
            t_1 = environment.filters['upper']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'upper' found.")
        pass
        l_0_r = environment.getitem(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_reasons'), 1)
        context.vars['r'] = l_0_r
        context.exported_vars.add('r')
        yield str(t_1((undefined(name='r') if l_0_r is missing else l_0_r)[:1]))
        yield str((undefined(name='r') if l_0_r is missing else l_0_r)[1:])
        yield str(('' if environment.call(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'endswith'), '.') else '.'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t20(environment):
    name = 'eligibility/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((not environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_eligible')) and (t_1(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_reasons')) > 1)) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t21(environment):
    name = 'eligibility/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        l_0_r = missing
        try:
            t_1 = environment.filters['upper']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'upper' found.")
        pass
        l_0_r = environment.getitem(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_reasons'), 2)
        context.vars['r'] = l_0_r
        context.exported_vars.add('r')
        yield str(t_1((undefined(name='r') if l_0_r is missing else l_0_r)[:1]))
        yield str((undefined(name='r') if l_0_r is missing else l_0_r)[1:])
        yield str(('' if environment.call(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'endswith'), '.') else '.'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t22(environment):
    name = 'eligibility/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((not environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_eligible')) and (t_1(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_reasons')) > 2)) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t23(environment):
    name = 'eligibility/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        l_0_r = missing
        try:
            t_1 = environment.filters['upper']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'upper' found.")
        pass
        l_0_r = environment.getitem(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_reasons'), 3)
        context.vars['r'] = l_0_r
        context.exported_vars.add('r')
        yield str(t_1((undefined(name='r') if l_0_r is missing else l_0_r)[:1]))
        yield str((undefined(name='r') if l_0_r is missing else l_0_r)[1:])
        yield str(('' if environment.call(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'endswith'), '.') else '.'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t24(environment):
    name = 'eligibility/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((not environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_eligible')) and (t_1(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_reasons')) > 3)) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t25(environment):
    name = 'eligibility/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        l_0_r = missing
        try:
            t_1 = environment.filters['upper']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'upper' found.")
        pass
        l_0_r = environment.getitem(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_reasons'), 4)
        context.vars['r'] = l_0_r
        context.exported_vars.add('r')
        yield str(t_1((undefined(name='r') if l_0_r is missing else l_0_r)[:1]))
        yield str((undefined(name='r') if l_0_r is missing else l_0_r)[1:])
        yield str(('' if environment.call(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'endswith'), '.') else '.'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t26(environment):
    name = 'eligibility/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((not environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_eligible')) and (t_1(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_reasons')) > 4)) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t27(environment):
    name = 'eligibility/7'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        l_0_r = missing
        try:
            t_1 = environment.filters['upper']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'upper' found.")
        pass
        l_0_r = environment.getitem(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_reasons'), 5)
        context.vars['r'] = l_0_r
        context.exported_vars.add('r')
        yield str(t_1((undefined(name='r') if l_0_r is missing else l_0_r)[:1]))
        yield str((undefined(name='r') if l_0_r is missing else l_0_r)[1:])
        yield str(('' if environment.call(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'endswith'), '.') else '.'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t28(environment):
    name = 'eligibility/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((not environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_eligible')) and (t_1(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_reasons')) > 5)) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t29(environment):
    name = 'eligibility/8'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        yield "The classes made up of the society's own staff "
        if t_2(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'employee_vote_share')):
            pass
            yield 'have one vote for each member, like everyone else, so their share of the votes at general meetings depends on how many staff join compared with other members; they are sure of '
        else:
            pass
            yield 'hold '
            yield str(t_1(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'employee_vote_share')))
            yield ' of the votes at general meetings and are sure of '
        yield str(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'employee_seats'))
        yield ' of the '
        yield str(environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'total_seats'))
        yield ' board places the members elect.'
        if (not environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_eligible')):
            pass
            yield ' Before changing the member classes only to pass this test, weigh what would be lost: giving employees control can leave the people who use the service with less say, the producer capture that multi-stakeholder governance is meant to prevent. A reserved contract is one route among several; a strong case can also win in open competition.'

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t30(environment):
    name = 'eligibility/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t31(environment):
    name = 'engagement/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'Each '
        yield str(('group in the stakeholder forum' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'member class'))
        yield ' has its own concerns and its own ways of being reached, so each needs its own plan: how it will hear about the proposal, have a say before the decision, and take part once the '
        yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'society'))
        yield ' is running. These are suggested starting points:'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t32(environment):
    name = 'engagement/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['workers', 'staff', 'personal-assistants']), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            if (not t_3(environment.getattr(l_1_c, 'vote_share'))):
                pass
                yield ' ('
                yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
                yield ' of the votes)'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield ': briefings at times that suit every shift and rota, with union representatives there; a written question-and-answer sheet on jobs, pay and pensions; '
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0):
            pass
            yield 'the staff ballot; '
        yield "and, once running, members' meetings and elections to the "
        yield str(('trustees' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'board'))
        yield '.'

    blocks = {}
    debug_info = '1=33'
    return locals()


def _t33(environment):
    name = 'engagement/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['workers', 'staff', 'personal-assistants']))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t34(environment):
    name = 'engagement/10'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        try:
            t_4 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(context, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['customers', 'users']), 'investor'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            if (not t_4(environment.getattr(l_1_c, 'vote_share'))):
                pass
                yield ' ('
                yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
                yield ' of the votes)'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield ': in the places where people already use the service, with posters, leaflets and a short survey there and online, an open meeting at a time that suits people who work, and a simple way to join on the spot.'

    blocks = {}
    debug_info = '1=37'
    return locals()


def _t35(environment):
    name = 'engagement/10/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        try:
            t_4 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, t_4(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['customers', 'users']), 'investor'))) > 0) else '0'))

    blocks = {}
    debug_info = '1=36'
    return locals()


def _t36(environment):
    name = 'engagement/11'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'investor'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            if (not t_3(environment.getattr(l_1_c, 'vote_share'))):
                pass
                yield ' ('
                yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
                yield ' of the votes)'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield ': a share offer document that sets out the risks plainly, an open meeting before the offer closes, and a yearly report on how their money is used; investors have a limited say, so tell them clearly what they can and cannot vote on.'

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t37(environment):
    name = 'engagement/11/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'investor'))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t38(environment):
    name = 'engagement/12'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(context, t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['workers', 'staff', 'personal-assistants', 'teachers', 'people-supported', 'patients-carers', 'people-and-families', 'budget-holders', 'family-carers', 'parents', 'learners', 'schools', 'supporters', 'community', 'neighbours', 'partners', 'customers', 'users']), 'investor'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            if (not t_3(environment.getattr(l_1_c, 'vote_share'))):
                pass
                yield ' ('
                yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
                yield ' of the votes)'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield ': meetings and materials designed around how these members can best take part.'

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t39(environment):
    name = 'engagement/12/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['workers', 'staff', 'personal-assistants', 'teachers', 'people-supported', 'patients-carers', 'people-and-families', 'budget-holders', 'family-carers', 'parents', 'learners', 'schools', 'supporters', 'community', 'neighbours', 'partners', 'customers', 'users']), 'investor'))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t40(environment):
    name = 'engagement/13'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'For each '
        yield str(('group' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'member class'))
        yield ': who leads the engagement, the methods and dates, what you will ask them to decide, and how you will tell them what changed as a result. Then record what has happened so far: how many people took part, what they said and what you changed.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t41(environment):
    name = 'engagement/14'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_archetype = resolve('archetype')
        pass
        yield 'Other stakeholders who are not members but can make or break the proposal, such as '
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            yield 'councillors, commissioners, the local authority, the DfE and the governing body, and local representatives'
        elif (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none'):
            pass
            yield 'councillors, commissioners, GPs and other professionals, other providers, and local representatives'
        else:
            pass
            yield "lenders and funders, landlords, suppliers, the business's current owner if you are buying one, and local business networks"
        yield ': what each needs to know, and who will talk to them, when.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t42(environment):
    name = 'engagement/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['teachers']), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            if (not t_3(environment.getattr(l_1_c, 'vote_share'))):
                pass
                yield ' ('
                yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
                yield ' of the votes)'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield ": meetings outside school hours, online as well as in person; clear written terms for working through the co-operative; and, once running, members' meetings and elections to the board."

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t43(environment):
    name = 'engagement/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['teachers']))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t44(environment):
    name = 'engagement/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['people-supported', 'patients-carers', 'people-and-families', 'budget-holders']), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            if (not t_3(environment.getattr(l_1_c, 'vote_share'))):
                pass
                yield ' ('
                yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
                yield ' of the votes)'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield ': conversations where people already are (at home, in the clinic, at groups they attend), in easy-read and other formats and languages they use, with an advocate or supporter for anyone who wants one, and ways to take part without coming to meetings.'

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t45(environment):
    name = 'engagement/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['people-supported', 'patients-carers', 'people-and-families', 'budget-holders']))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t46(environment):
    name = 'engagement/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['family-carers']), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            if (not t_3(environment.getattr(l_1_c, 'vote_share'))):
                pass
                yield ' ('
                yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
                yield ' of the votes)'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield ": meetings at times that fit around caring, online as well as in person, through carers' groups, with replacement care offered so that carers can take part."

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t47(environment):
    name = 'engagement/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['family-carers']))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t48(environment):
    name = 'engagement/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['parents']), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            if (not t_3(environment.getattr(l_1_c, 'vote_share'))):
                pass
                yield ' ('
                yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
                yield ' of the votes)'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield ": the school's usual ways of reaching families, meetings at different times of day with childcare and interpreters where needed, and a short survey."

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t49(environment):
    name = 'engagement/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['parents']))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t50(environment):
    name = 'engagement/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['learners']), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            if (not t_3(environment.getattr(l_1_c, 'vote_share'))):
                pass
                yield ' ('
                yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
                yield ' of the votes)'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield ": the school council and class discussions during the school day, with staff support, in ways that suit their age and follow the school's safeguarding policy."

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t51(environment):
    name = 'engagement/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['learners']))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t52(environment):
    name = 'engagement/7'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['schools']), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            if (not t_3(environment.getattr(l_1_c, 'vote_share'))):
                pass
                yield ' ('
                yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
                yield ' of the votes)'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield ": a short written offer for head teachers and school business managers, meetings of local head teachers' groups, and a named contact for each school."

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t53(environment):
    name = 'engagement/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['schools']))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t54(environment):
    name = 'engagement/8'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['supporters', 'community', 'neighbours']), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            if (not t_3(environment.getattr(l_1_c, 'vote_share'))):
                pass
                yield ' ('
                yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
                yield ' of the votes)'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield ': local events, community groups and places of worship, local media and social media, and a simple way to join online or on paper.'

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t55(environment):
    name = 'engagement/8/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['supporters', 'community', 'neighbours']))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t56(environment):
    name = 'engagement/9'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['partners']), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_c, 'name'))
            if (not t_3(environment.getattr(l_1_c, 'vote_share'))):
                pass
                yield ' ('
                yield str(t_1(environment.getattr(l_1_c, 'vote_share')))
                yield ' of the votes)'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_c = missing
        yield ': a named contact in each organisation and a short written agreement on what each partner brings.'

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t57(environment):
    name = 'engagement/9/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'key', 'in', ['partners']))) > 0) else '0'))

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t58(environment):
    name = 'finance-balance-sheet/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'Net assets are negative at the end of year 1: the '
        yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'society'))
        yield ' would owe more than it owns. Its board could not carry on trading like that for long.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t59(environment):
    name = 'finance-balance-sheet/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if (environment.getattr(environment.getitem(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'plan'), 'balance'), 0), 'net_assets') < 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t60(environment):
    name = 'finance-break-even/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        if environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'operating_break_even_year'):
            pass
            yield 'Recurring income covers recurring costs from year '
            yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'operating_break_even_year'))
            if (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'operating_break_even_year') > 1):
                pass
                yield ' (not before)'
            yield ' and in every year after it.'
        else:
            pass
            yield 'Recurring income does not cover recurring costs in every year up to year 5: the service as planned does not pay its way.'
        yield ' '
        if (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'start_up_total') > 0):
            pass
            if environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'payback_year'):
                pass
                yield 'The start-up costs of '
                yield str(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'start_up_total')))
                yield ' are earned back from operating surpluses by the end of year '
                yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'payback_year'))
                yield ', without counting grants.'
            else:
                pass
                yield 'The start-up costs of '
                yield str(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'start_up_total')))
                yield ' are not earned back from operating surpluses within five years.'

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t61(environment):
    name = 'finance-break-even/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['abs']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'abs' found.")
        try:
            t_2 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        if environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'break_even_year'):
            pass
            yield 'Taking everything together (one-off costs, grants and tax), the plan breaks even: its cumulative result after tax is zero or more from the end of year '
            yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'break_even_year'))
            yield ' and stays so.'
        elif (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'five_year_surplus') < 0):
            pass
            yield 'Taking everything together (one-off costs, grants and tax), the plan does not break even: the five-year result is a deficit of '
            yield str(t_2(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'five_year_surplus'))))
            yield '.'
        elif (not environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'operating_break_even_year')):
            pass
            yield 'The five-year total is not a deficit, but only because '
            yield str(('grants cover' if (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'grants_total') > 0) else 'earlier surpluses cover'))
            yield ' losses on the service itself, so the plan does not break even on its own terms.'
        else:
            pass
            yield 'Taking everything together, the plan does not break even: its cumulative result after tax falls below zero in a later year.'

    blocks = {}
    debug_info = '1=24'
    return locals()


def _t62(environment):
    name = 'finance-break-even/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Break-even price: the year-3 operating result would be exactly zero at a year-1 contract price of '
        yield str(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'break_even_price')))
        yield ', against the '
        yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value')))
        yield ' in the plan'
        if (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'break_even_price') < environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value')):
            pass
            yield ' ('
            yield str(t_1((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value') - environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'break_even_price'))))
            yield ' of headroom)'
        else:
            pass
            yield ' ('
            yield str(t_1((environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'break_even_price') - environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value'))))
            yield ' more than the plan assumes)'
        yield '.'
        if (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'break_even_units') and environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'units_name')):
            pass
            yield ' In '
            yield str(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'units_name'))
            yield ': '
            yield str(environment.call(context, environment.getattr('{:,}', 'format'), environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'break_even_units')))
            yield ' a year at the planned price, against the '
            yield str(environment.call(context, environment.getattr('{:,.0f}', 'format'), environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'units_per_year')))
            yield ' planned, with '
            yield str(('the pay of staff paid by volume moving with it and ' if environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'has_variable_staff') else ''))
            yield 'all other costs fixed.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t63(environment):
    name = 'finance-break-even/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'break_even_price') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t64(environment):
    name = 'finance-cash/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        l_0_archetype = resolve('archetype')
        try:
            t_1 = environment.filters['abs']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'abs' found.")
        try:
            t_2 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Cash is at its lowest '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'lowest_when'))
        yield ', at '
        if (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'lowest_cash') < 0):
            pass
            yield str(t_2(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'lowest_cash'))))
            yield ' overdrawn'
        else:
            pass
            yield str(t_2(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'lowest_cash')))
        yield '. '
        if ((environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'peak_need') > 0) and environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'funded')):
            pass
            yield 'The overdraft of '
            yield str(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'overdraft')))
            yield ' agreed for the plan covers that peak funding need of '
            yield str(t_2(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'peak_need')))
            yield '.'
        elif (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'peak_need') > 0):
            pass
            yield 'That is the peak funding need, and '
            if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'overdraft') > 0):
                pass
                yield 'the overdraft of '
                yield str(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'overdraft')))
                yield ' does not cover it: '
                yield str(t_2((environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'peak_need') - environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'overdraft'))))
                yield ' more is needed'
            else:
                pass
                yield 'nothing in the plan covers it'
            yield '. '
            if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
                pass
                yield "A maintained school cannot borrow without the Secretary of State's consent, and a deficit is managed with the local authority: agree how the gap will be covered with "
                yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the local authority'))
                yield ' before the school converts.'
            else:
                pass
                yield 'Before go-live the society needs an overdraft or working capital loan of at least '
                yield str(t_2(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'peak_need')))
                yield ', more start-up funding, or better payment terms from '
                yield str(environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'payer'))
                yield '.'
        else:
            pass
            yield 'Cash does not go below zero in the five years.'

    blocks = {}
    debug_info = '1=28'
    return locals()


def _t65(environment):
    name = 'finance-cash/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield 'At the end of year 1, cash is '
        yield str(environment.call(context, environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'plan'), 'reserve_months'), 1))
        yield ' months of recurring costs; at the end of year 5, '
        yield str(environment.call(context, environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'plan'), 'reserve_months'), 5))
        yield ' months. Many organisations aim to hold three months.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t66(environment):
    name = 'finance-caveat/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_service = resolve('service')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield 'These figures are only as good as the inputs. They were calculated by software from the answers the group gave'
        if (t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) > 0):
            pass
            yield ' and from illustrative figures for this kind of service'
        yield ', and they are a starting point, not a set of accounts. A qualified accountant must check the inputs, the calculations and the tax, VAT and pension assumptions before the case goes to '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'a decision maker'))
        yield ', and the board should approve the final version.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t67(environment):
    name = 'finance-funding/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Grants of '
        yield str(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'grants_total')))
        yield ' are counted as one-off income in the year they are received, and are left out of the operating result.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t68(environment):
    name = 'finance-funding/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'grants')) > 0) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t69(environment):
    name = 'finance-funding/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Loans are repaid in equal monthly payments; their interest ('
        yield str(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'five_year_interest')))
        yield ' over the five years) is a recurring cost, and their repayments are in the cash flow.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t70(environment):
    name = 'finance-funding/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'loans')) > 0) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t71(environment):
    name = 'finance-funding/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Community shares of '
        yield str(t_2(environment.getattr(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'community_shares'), 'amount')))
        yield ' pay interest of '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'community_shares'), 'interest_percent')))
        yield ' a year, from the surplus after tax, and from year 3 the plan allows for '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'community_shares'), 'withdrawal_percent')))
        yield ' of the shares to be withdrawn each year.'

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t72(environment):
    name = 'finance-funding/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'community_shares') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t73(environment):
    name = 'finance-funding/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((((t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'grants')) > 0) or (t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'loans')) > 0)) or environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'community_shares')) or (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'overdraft') > 0)) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t74(environment):
    name = 'finance-inputs/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) == 0) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t75(environment):
    name = 'finance-inputs/1/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        l_0_archetype = resolve('archetype')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        try:
            t_2 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        yield 'Main income: '
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value') > 0):
            pass
            yield str(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value')))
            yield ' a year from '
            yield str((environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'main_income') if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') or t_3(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school'))) else 'its main contracts'))
            yield ', for '
            yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_years'), 'year'))
            if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'units_per_year') and environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'units_name')):
                pass
                yield ', for '
                yield str(environment.call(context, environment.getattr('{:,.0f}', 'format'), environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'units_per_year')))
                yield ' '
                yield str(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'units_name'))
                yield ' a year'
        else:
            pass
            yield 'none (no main contract)'
        yield str((' (illustrative: replace with your own figure)' if (('contract_value' in environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) or ('contract_years' in environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative'))) else ''))
        yield '.'

    blocks = {}
    debug_info = '1=34'
    return locals()


def _t76(environment):
    name = 'finance-inputs/1/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Other income: '
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'other_income') > 0):
            pass
            yield str(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'other_income')))
            yield ' a year'
            if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'cost_of_sales_percent') > 0):
                pass
                yield ', with a cost of sales of '
                yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'cost_of_sales_percent')))
                yield ' of it'
        else:
            pass
            yield 'none'
        yield str((' (illustrative: replace with your own figure)' if ('other_income' in environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) else ''))
        yield '.'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t77(environment):
    name = 'finance-inputs/1/item2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['abs']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'abs' found.")
        try:
            t_2 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'Price uplift: income '
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent') > 0):
            pass
            yield 'rises by '
            yield str(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent')))
            yield ' a year'
        elif (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent') == 0):
            pass
            yield 'stays the same every year'
        else:
            pass
            yield 'falls by '
            yield str(t_2(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent'))))
            yield ' a year'
        yield str((' (illustrative: replace with your own figure)' if ('income_growth_percent' in environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) else ''))
        yield '.'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t78(environment):
    name = 'finance-inputs/1/item3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_3 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'Staff: '
        yield str(t_3(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'staff')), 'role'))
        yield ' and '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'staff_fte'))
        yield ' full-time equivalent posts, with pay rising by '
        yield str(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pay_award_percent')))
        yield ' a year'
        yield str((' (illustrative: replace with your own figures)' if (('staff' in environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) or ('pay_award_percent' in environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative'))) else ''))
        yield '.'

    blocks = {}
    debug_info = '1=32'
    return locals()


def _t79(environment):
    name = 'finance-inputs/1/item4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield 'Employer pension: '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'pension_terms'))
        yield str((' (illustrative: replace with your own figure)' if ('pension_percent' in environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) else ''))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t80(environment):
    name = 'finance-inputs/1/item5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Overheads: '
        yield str(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'overheads')))
        yield ' a year, rising by '
        yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'inflation_percent')))
        yield ' a year, covering everything other than staff, such as premises, IT, insurance, support services and audit'
        yield str((' (illustrative: replace with your own figure)' if (('overheads' in environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) or ('inflation_percent' in environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative'))) else ''))
        yield '.'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t81(environment):
    name = 'finance-inputs/1/item6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Start-up costs: '
        yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'start_up_costs')))
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'start_up_month') == 0):
            pass
            yield ', paid before go-live'
        else:
            pass
            yield ', paid in the first month'
        yield str((' (illustrative: replace with your own figure)' if ('start_up_costs' in environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) else ''))
        yield '.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t82(environment):
    name = 'finance-inputs/1/item7'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield 'Go-live: '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'go_live_label'))
        yield str((' (illustrative: replace with your own date)' if ('go_live' in environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) else ''))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t83(environment):
    name = 'finance-inputs/1/item8'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Cash at the start: '
        yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'opening_reserves')))
        yield str((' (illustrative: replace with your own figure)' if ('opening_reserves' in environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) else ''))
        yield '.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t84(environment):
    name = 'finance-inputs/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) > 0) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t85(environment):
    name = 'finance-inputs/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        l_0_archetype = resolve('archetype')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['abs']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'abs' found.")
        try:
            t_2 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_3 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_4 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        try:
            t_5 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_5(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        try:
            t_6 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_6(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        yield 'Main income: '
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value') > 0):
            pass
            yield str(t_5(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value')))
            yield ' a year from '
            yield str((environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'main_income') if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') or t_6(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school'))) else 'its main contracts'))
            yield ', for '
            yield str(t_4(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_years'), 'year'))
            if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'units_per_year') and environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'units_name')):
                pass
                yield ', for '
                yield str(environment.call(context, environment.getattr('{:,.0f}', 'format'), environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'units_per_year')))
                yield ' '
                yield str(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'units_name'))
                yield ' a year'
        else:
            pass
            yield 'none (no main contract)'
        yield '. Other income: '
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'other_income') > 0):
            pass
            yield str(t_5(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'other_income')))
            yield ' a year'
            if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'cost_of_sales_percent') > 0):
                pass
                yield ', with a cost of sales of '
                yield str(t_3(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'cost_of_sales_percent')))
                yield ' of it'
        else:
            pass
            yield 'none'
        yield '. Price uplift: income '
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent') > 0):
            pass
            yield 'rises by '
            yield str(t_3(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent')))
            yield ' a year'
        elif (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent') == 0):
            pass
            yield 'stays the same every year'
        else:
            pass
            yield 'falls by '
            yield str(t_3(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent'))))
            yield ' a year'
        yield '. Staff: '
        yield str(t_4(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'staff')), 'role'))
        yield ' and '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'staff_fte'))
        yield ' full-time equivalent posts, with pay rising by '
        yield str(t_3(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pay_award_percent')))
        yield ' a year; employer pension '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'pension_terms'))
        yield '. Overheads: '
        yield str(t_5(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'overheads')))
        yield ' a year, rising by '
        yield str(t_3(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'inflation_percent')))
        yield ' a year. Start-up costs: '
        yield str(t_5(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'start_up_costs')))
        yield '. Go-live: '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'go_live_label'))
        yield '. Cash at the start: '
        yield str(t_5(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'opening_reserves')))
        yield '.'

    blocks = {}
    debug_info = '1=52'
    return locals()


def _t86(environment):
    name = 'finance-inputs/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) == 0) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t87(environment):
    name = 'finance-inputs/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_archetype = resolve('archetype')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['upper_first']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'upper_first' found.")
        pass
        yield 'Payment: '
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value') > 0):
            pass
            yield str(t_2(environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'payer')))
            yield ' '
            yield str(('pay' if (environment.call(context, environment.getattr(environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'payer'), 'endswith'), 's') or (' and ' in environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'payer'))) else 'pays'))
            yield ' '
            if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'payment_terms') == 'monthly-in-advance'):
                pass
                yield 'monthly in advance'
            elif (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'payment_terms') == 'monthly-in-arrears'):
                pass
                yield 'monthly in arrears, a month after the service is given'
            else:
                pass
                yield str(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'payment_days'))
                yield " days after each month's invoice"
            if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'bad_debt_percent') > 0):
                pass
                yield ', and '
                yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'bad_debt_percent')))
                yield ' of what is owed is never paid'
            yield '. '
        yield 'Staff are paid monthly; income tax, National Insurance and pension contributions for each month are paid the month after ('
        yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'payroll_deductions_percent')))
        yield ' of pay is assumed to be deducted from staff and paid on). Overheads are paid in the month they fall.'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t88(environment):
    name = 'finance-inputs/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield 'Where each input comes from: for example '
        if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none'):
            pass
            yield "the host body's current budget for the service, the commissioner's price, the pay scales of transferring staff,"
        else:
            pass
            yield 'the prices you will charge and what customers pay elsewhere, the accounts of any business you are taking over, pay rates for the work,'
        yield ' or quotes for premises and insurance. A '
        yield str(('finance officer' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none') else 'lender'))
        yield ' will ask for the source of every figure.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t89(environment):
    name = 'finance-pensions/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield 'The plan charges employer pension contributions of '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'pension_terms'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t90(environment):
    name = 'finance-pensions/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield 'No pension scheme has been chosen yet, so the plan charges the automatic-enrolment minimum: every employer must enrol eligible staff in a workplace pension and pay into it'
        if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') in ['music-teachers', 'supply-teachers']):
            pass
            yield ' (this does not apply to people who are genuinely self-employed)'
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t91(environment):
    name = 'finance-pensions/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'none') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t92(environment):
    name = 'finance-pensions/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        try:
            t_1 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Pension bond: the LGPS fund will usually require a bond or a guarantee before it admits the society'
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_bond_premium') > 0):
            pass
            yield '; the plan allows '
            yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_bond_premium')))
            yield " a year for the bond's premium"
        else:
            pass
            yield '; the plan allows nothing for a bond premium yet'
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_deficit_contributions') > 0):
            pass
            yield ' and '
            yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_deficit_contributions')))
            yield ' a year of deficit contributions'
        yield ". The fund's actuary may set an employer rate different from the one assumed here. Get both figures from the fund, and ask "
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the council'))
        yield ' whether it will guarantee the society instead.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t93(environment):
    name = 'finance-pensions/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'lgps') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t94(environment):
    name = 'finance-pensions/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'lgps') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t95(environment):
    name = 'finance-pensions/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield 'Employer contributions to the NHS Pension Scheme are set nationally: the published rate is '
        yield str(environment.call(context, environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'scheme_rate'), 'nhs'))
        yield '% from '
        yield str(environment.call(context, environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'scheme_rate_from'), 'nhs'))
        yield '. Check the rate in force, and ask the commissioner whether the contract price will cover future changes.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t96(environment):
    name = 'finance-pensions/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'nhs') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t97(environment):
    name = 'finance-pensions/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield "Teachers are usually members of the Teachers' Pension Scheme, whose employer rate is set nationally (the published rate is "
        yield str(environment.call(context, environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'scheme_rate'), 'tps'))
        yield '% from '
        yield str(environment.call(context, environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'scheme_rate_from'), 'tps'))
        yield '); support staff are usually in the Local Government Pension Scheme. Check both rates for the route the school takes.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t98(environment):
    name = 'finance-pensions/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'tps') or (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t99(environment):
    name = 'finance-projection/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['abs']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'abs' found.")
        try:
            t_2 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Over the five years the plan shows a total '
        if (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'five_year_surplus') >= 0):
            pass
            yield 'surplus after tax of '
            yield str(t_2(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'five_year_surplus')))
        else:
            pass
            yield 'deficit after tax of '
            yield str(t_2(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'five_year_surplus'))))
        if (not environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'facts'), 'tax_exempt')):
            pass
            yield ', after corporation tax of '
            yield str(t_2(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'five_year_tax')))
        yield '. In year 1 the operating result (recurring income less recurring costs) is '
        if (environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1'), 'operating') >= 0):
            pass
            yield 'a surplus of '
            yield str(t_2(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1'), 'operating')))
            yield ', '
            yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1_margin'))
            yield '% of recurring income'
        else:
            pass
            yield 'a deficit of '
            yield str(t_2(t_1(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1'), 'operating'))))
        yield '.'

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t100(environment):
    name = 'finance-projection/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield 'A margin of '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1_margin'))
        yield '% is high for a public service contract: check the income and the costs, since a commissioner will ask why the price is so far above cost.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t101(environment):
    name = 'finance-projection/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1_margin') > 15) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t102(environment):
    name = 'finance-projection/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_archetype = resolve('archetype')
        try:
            t_1 = environment.filters['abs']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'abs' found.")
        try:
            t_2 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'Income is assumed to '
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent') > 0):
            pass
            yield 'rise by '
            yield str(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent')))
            yield ' a year'
        elif (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent') == 0):
            pass
            yield 'stay the same every year'
        else:
            pass
            yield 'fall by '
            yield str(t_2(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent'))))
            yield ' a year'
        yield ', while pay rises by '
        yield str(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pay_award_percent')))
        yield ' and other costs by '
        yield str(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'inflation_percent')))
        yield ' a year, so the margin shrinks. '
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value') > 0):
            pass
            yield 'Ask '
            yield str(environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'payer'))
            yield ' how the price will be uprated, for example each year in line with pay awards and the National Living Wage.'
        else:
            pass
            yield 'Plan to review prices every year so that they keep up with costs.'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t103(environment):
    name = 'finance-projection/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent') < environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pay_award_percent')) or (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent') < environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'inflation_percent'))) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t104(environment):
    name = 'finance-projection/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'Falling income is a warning sign in itself: say why it is expected to fall, and what the '
        yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'society'))
        yield ' will do about it.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t105(environment):
    name = 'finance-projection/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'income_growth_percent') < 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t106(environment):
    name = 'finance-projection/7'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'The projection assumes the main '
        yield str(('funding continues' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'contract continues'))
        yield ' on the same terms for all five years, although the contract is for only '
        yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_years'), 'year'))
        yield '. Renewal is an assumption, not a certainty: the sensitivity table shows what losing it would mean.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t107(environment):
    name = 'finance-projection/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'contract_ends_in_projection') and (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value') > 0)) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t108(environment):
    name = 'finance-projection/8'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_society = resolve('society')
        l_0_finance = resolve('finance')
        pass
        yield 'The '
        yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'society'))
        yield "'s financial year ends on "
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'year_end'))
        yield ", but the projection's years run from go-live ("
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'go_live_label'))
        yield '), so its first accounts will cover a different period from year 1 here. Going live on the day after the year end would make the two match.'

    blocks = {}
    debug_info = '1=15'
    return locals()


def _t109(environment):
    name = 'finance-projection/8/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if (not environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'years_match_accounts')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t110(environment):
    name = 'finance-projection/9'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield 'Tax: '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'tax_basis'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t111(environment):
    name = 'finance-sensitivity/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['abs']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'abs' found.")
        try:
            t_2 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        if environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'worst_test'):
            pass
            yield 'The worst single test is '
            yield str(environment.getitem(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'worst_test'), 1))
            yield ', which leaves a five-year '
            yield str(('surplus' if (environment.getitem(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'worst_test'), 0) >= 0) else 'deficit'))
            yield ' of '
            yield str(t_2(t_1(environment.getitem(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'worst_test'), 0))))
            yield '.'
        yield ' '
        if (not t_3(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'price_fall_tolerated'))):
            pass
            yield 'The five-year result stays at zero or above if the contract price falls by up to '
            yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'price_fall_tolerated'))
            yield '%.'

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t112(environment):
    name = 'finance-staff/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'staff')) > 0) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t113(environment):
    name = 'finance-staff/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'The plan has no employees: the people who do the work are self-employed members or volunteers, and are paid (if at all) from what they earn through the '
        yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'society'))
        yield ', not by it.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t114(environment):
    name = 'finance-staff/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'staff')) == 0) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t115(environment):
    name = 'finance-staff/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Staff cost '
        yield str(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1_staff_cost')))
        yield ' in year 1: pay of '
        yield str(t_1(environment.getattr(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1'), 'lines'), 'pay')))
        yield ', employer National Insurance of '
        yield str(t_1(environment.getattr(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1'), 'lines'), 'employer_ni')))
        yield ', employer pension of '
        yield str(t_1(environment.getattr(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1'), 'lines'), 'employer_pension')))
        if (environment.getattr(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1'), 'lines'), 'pension_extras') > 0):
            pass
            yield ', pension bond and deficit contributions of '
            yield str(t_1(environment.getattr(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1'), 'lines'), 'pension_extras')))
        if (environment.getattr(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1'), 'lines'), 'levy') > 0):
            pass
            yield ', the apprenticeship levy of '
            yield str(t_1(environment.getattr(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1'), 'lines'), 'levy')))
        yield ' and other on-costs of '
        yield str(t_1(environment.getattr(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1'), 'lines'), 'other_on_costs')))
        yield '. Employer National Insurance is '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'ni_rate'))
        yield "% of each post's pay above "
        yield str(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'ni_threshold')))
        yield ' a year'
        if environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'employment_allowance'):
            pass
            yield ', less the Employment Allowance'
        yield '.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t116(environment):
    name = 'finance-staff/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'staff')) > 0) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t117(environment):
    name = 'finance-staff/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_3 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_4 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_5 = environment.filters['replace']
        except KeyError:
            @internalcode
            def t_5(*unused):
                raise TemplateRuntimeError("No filter named 'replace' found.")
        pass
        yield 'Warning: '
        yield str(t_1(t_3(context, environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'wages_below_national'), attribute='role')))
        yield ' '
        yield str(('is' if (t_2(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'wages_below_national')) == 1) else 'are'))
        yield ' paid less than the National Living Wage of £'
        yield str(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'national_living_wage'), 'hourly'))
        yield ' an hour that applies from '
        yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'national_living_wage'), 'from'), 'day'))
        yield ' '
        yield str(environment.call(context, environment.getattr(environment.getitem(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'national_living_wage'), 'from'), 'strftime'), '%B %Y'))
        yield ' (at '
        yield str(t_5(context.eval_ctx, t_4(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'hours_per_fte')), '%', ''))
        yield ' hours a week for a full-time post). That is below the legal minimum for workers aged 21 and over: raise the salaries, or check the hours, before the case goes forward.'

    blocks = {}
    debug_info = '1=44'
    return locals()


def _t118(environment):
    name = 'finance-staff/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'staff')) > 0) and (t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'wages_below_national')) > 0)) else '0'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t119(environment):
    name = 'finance-staff/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_3 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        pass
        yield 'The draft rules commit the '
        yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'society'))
        yield ' to the real Living Wage (£'
        yield str(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'real_living_wage'), 'hourly'))
        yield ' an hour, a voluntary rate set by the Living Wage Foundation), but '
        yield str(t_1(t_3(context, environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'wages_below_real'), attribute='role')))
        yield ' '
        yield str(('is' if (t_2(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'wages_below_real')) == 1) else 'are'))
        yield ' paid less than that. Raise the salaries, or change the commitment, so the plan and the rules agree.'

    blocks = {}
    debug_info = '1=32'
    return locals()


def _t120(environment):
    name = 'finance-staff/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_commitments = resolve('commitments')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (((t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'staff')) > 0) and environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'ethical_employment')) and (t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'wages_below_real')) > 0)) else '0'))

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t121(environment):
    name = 'finance-staff/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_commitments = resolve('commitments')
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['replace']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'replace' found.")
        pass
        yield 'Every role is paid at least the National Living Wage of £'
        yield str(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'national_living_wage'), 'hourly'))
        yield ' an hour'
        if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'ethical_employment'):
            pass
            yield ' and the real Living Wage of £'
            yield str(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'real_living_wage'), 'hourly'))
            yield ' an hour the draft rules commit to'
        yield ', at '
        yield str(t_2(context.eval_ctx, t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'hours_per_fte')), '%', ''))
        yield ' hours a week for a full-time post.'

    blocks = {}
    debug_info = '1=27'
    return locals()


def _t122(environment):
    name = 'finance-staff/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_finance = resolve('finance')
        l_0_commitments = resolve('commitments')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (((t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'staff')) > 0) and (t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'wages_below_national')) == 0)) and ((not environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'ethical_employment')) or (t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'wages_below_real')) == 0))) else '0'))

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t123(environment):
    name = 'finance-staff/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_finance = resolve('finance')
        pass
        yield str(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff'))
        yield ' '
        yield str(('member of staff is' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') == 1) else 'members of staff are'))
        yield ' expected to transfer, and the plan pays for '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'staff_fte'))
        yield ' full-time equivalent posts'
        if (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'staff_fte') > environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff')):
            pass
            yield ', more than the people transferring: the rest are new posts'
        elif (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'staff_fte') < environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff')):
            pass
            yield ': some of those transferring work part time'
        yield ". Check the two figures against the host body's staff list."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t124(environment):
    name = 'finance-staff/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0) and (t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'staff')) > 0)) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t125(environment):
    name = 'finance-staff/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t126(environment):
    name = 'finance-vat/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_finance = resolve('finance')
        pass
        yield 'Public bodies such as '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'councils and the NHS'))
        yield ' reclaim VAT under special rules ('
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'vat_refund_citation'))
        yield '), which the society cannot use. Welfare and health services are exempt from VAT, so the society does not charge VAT on its services and cannot reclaim the VAT on its own purchases: that VAT becomes a cost.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t127(environment):
    name = 'finance-vat/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') in ['social-care', 'micro-care', 'nhs-community']) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t128(environment):
    name = 'finance-vat/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'direct-payments') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t129(environment):
    name = 'finance-vat/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_archetype = resolve('archetype')
        try:
            t_1 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Whether the co-operative charges VAT depends on what exactly it sells. Supplying teachers or administration services can be taxable, while some tuition is exempt. If its taxable sales pass the VAT registration threshold of '
        yield str(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'vat_threshold')))
        yield ' a year it must register and charge VAT, and '
        yield str(environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'payer'))
        yield ' may not be able to reclaim it.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t130(environment):
    name = 'finance-vat/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') in ['supply-teachers', 'music-teachers']) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t131(environment):
    name = 'finance-vat/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t132(environment):
    name = 'finance-vat/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        yield 'Whether the organisation must register for VAT, charge it on what it sells and reclaim it on what it buys depends on what it sells and how much: it must register once its taxable sales pass '
        yield str(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'vat_threshold')))
        yield ' a year.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t133(environment):
    name = 'finance-vat/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_service = resolve('service')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') not in ['social-care', 'micro-care', 'nhs-community', 'direct-payments', 'supply-teachers', 'music-teachers']) and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t134(environment):
    name = 'finance-vat/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        l_0_archetype = resolve('archetype')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        if environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'vat_registered'):
            pass
            yield 'The plan assumes the '
            yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'organisation'))
            yield ' is registered for VAT, with '
            yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'taxable_income_percent')))
            yield ' of its income taxable at the standard rate: customers pay VAT on that share, the matching share of the VAT on its costs is reclaimed, and the balance is paid to HMRC each quarter (in the cash flow). The rest of the VAT on its costs is a cost.'
        elif (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'irrecoverable_vat_percent') > 0):
            pass
            yield 'The plan assumes the '
            yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'organisation'))
            yield ' is not registered for VAT, so the VAT on its overheads and start-up costs ('
            yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'irrecoverable_vat_percent')))
            yield ' of them) is a cost.'
        else:
            pass
            yield 'The plan assumes no VAT is lost on the '
            yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'organisation'))
            yield "'s overheads or start-up costs."
        yield ' Check the VAT position with an accountant'
        if ((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value') > 0) and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')):
            pass
            yield ', and ask '
            yield str(environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'payer'))
            yield ' to allow for irrecoverable VAT in the price'
        yield '.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t135(environment):
    name = 'host-case/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'host') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t136(environment):
    name = 'host-case/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        l_0_total = missing
        try:
            t_1 = environment.filters['abs']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'abs' found.")
        try:
            t_2 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        try:
            t_3 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        l_0_total = environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'host'), 'total_saving')
        context.vars['total'] = l_0_total
        context.exported_vars.add('total')
        yield 'Over the '
        yield str(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_years'), 'year'))
        yield ' of the contract, the service would cost '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the host body'))
        yield ' '
        if ((undefined(name='total') if l_0_total is missing else l_0_total) > 0):
            pass
            yield str(t_3((undefined(name='total') if l_0_total is missing else l_0_total)))
            yield ' less with the mutual than in-house'
        elif ((undefined(name='total') if l_0_total is missing else l_0_total) < 0):
            pass
            yield str(t_3(t_1((undefined(name='total') if l_0_total is missing else l_0_total))))
            yield ' more with the mutual than in-house'
        else:
            pass
            yield 'the same with the mutual as in-house'
        yield ', counting its stranded costs of '
        yield str(t_3(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'stranded_costs')))
        yield ' a year and one-off transition costs of '
        yield str(t_3(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'host_transition_costs')))
        yield '.'
        if ((environment.getattr(environment.getitem(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'host'), 'years'), 0), 'saving') < 0) and ((undefined(name='total') if l_0_total is missing else l_0_total) > 0)):
            pass
            yield ' The first year costs it more, because of the one-off costs.'

    blocks = {}
    debug_info = '1=33'
    return locals()


def _t137(environment):
    name = 'host-case/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'host') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t138(environment):
    name = 'host-case/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if (not environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'host')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t139(environment):
    name = 'host-case/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') or (not t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'host_budget'))))) else '0'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t140(environment):
    name = 'market/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t141(environment):
    name = 'market/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield 'Who else provides, or could provide, this service'
        yield str((' locally' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none') else ''))
        yield '? Say what they charge if you know it, how you compare on quality and price, and why '
        yield str(('a commissioner' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none') else 'a customer'))
        yield ' should choose you. '
        yield str(('Commissioners' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none') else 'Customers and lenders'))
        yield ' will compare you with these providers whether you do or not.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t142(environment):
    name = 'market/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t143(environment):
    name = 'market/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t144(environment):
    name = 'market/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_commitments = resolve('commitments')
        pass
        yield 'Social value: under '
        yield str(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'social_value'), 'law'))
        yield ', '
        yield str(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'social_value'), 'duty'))
        yield '. A co-operative can offer social value that other providers cannot easily match: surpluses kept in the service and the community, local jobs'
        if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'ethical_employment'):
            pass
            yield ' on ethical terms'
        yield ', and people who use the service sharing in running it.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t145(environment):
    name = 'market/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t146(environment):
    name = 'market/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t147(environment):
    name = 'market/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'The table below is a SWOT analysis: the '
        yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'organisation'))
        yield "'s strengths and weaknesses, and the opportunities and threats around it. Make sure every weakness and threat appears in the risk register with an action against it."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t148(environment):
    name = 'options/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_finance = resolve('finance')
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_3 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            yield 'The governing body will need to show that it weighed the alternatives. For a school, read the options below as: staying as it is; joining another trust or sponsor; and becoming a co-operative trust.'
        else:
            pass
            yield 'A host body must show that it weighed the alternatives before agreeing to a spin-out. The options compared are: '
            yield str(t_1(t_2(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'economic'), 'appraisal'), 'options'), attribute='name')))
            yield '. Each is scored from 0 to 10 against weighted criteria, and costed to the host body over '
            yield str(t_3(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_years'), 'year'))
            yield '.'

    blocks = {}
    debug_info = '1=32'
    return locals()


def _t149(environment):
    name = 'options/11'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'The host body'))
        yield " asks for the five-case model, HM Treasury's standard structure for business cases (set out in its Green Book guidance). It asks whether the proposal is needed (strategic), gives the best value (economic), can be bought and contracted (commercial), is affordable (financial) and can be delivered (management). The table says where this document answers each case, and how far."

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t150(environment):
    name = 'options/11/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'five_case') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t151(environment):
    name = 'options/12/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'five_case') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t152(environment):
    name = 'options/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_2 = environment.filters['replace']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'replace' found.")
        pass
        yield "On the group's scores, "
        yield str(environment.getattr(environment.getattr(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'economic'), 'best'), 'option'), 'name'))
        yield ' scores highest, with '
        yield str(t_2(context.eval_ctx, t_1(environment.getattr(environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'economic'), 'best'), 'weighted')), '%', ''))
        yield ' out of 100.'

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t153(environment):
    name = 'options/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if (environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'economic'), 'scored') and environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'economic'), 'best')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t154(environment):
    name = 'options/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if (environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'economic'), 'scored') and (not environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'economic'), 'best'))) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t155(environment):
    name = 'options/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if (not environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'economic'), 'scored')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t156(environment):
    name = 'options/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if (not environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'host')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t157(environment):
    name = 'options/7'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_low = l_0_mutual = missing
        try:
            t_1 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        l_0_low = environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'economic'), 'cheapest')
        context.vars['low'] = l_0_low
        context.exported_vars.add('low')
        l_0_mutual = environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'economic'), 'mutual')
        context.vars['mutual'] = l_0_mutual
        context.exported_vars.add('mutual')
        yield 'The option with the lowest net present cost is '
        yield str(environment.getattr(environment.getattr((undefined(name='low') if l_0_low is missing else l_0_low), 'option'), 'name'))
        yield ', at '
        yield str(t_1(environment.getattr((undefined(name='low') if l_0_low is missing else l_0_low), 'net_present_cost')))
        yield '.'
        if (environment.getattr(environment.getattr((undefined(name='low') if l_0_low is missing else l_0_low), 'option'), 'key') != 'mutual'):
            pass
            yield ' '
            yield str(environment.getattr(environment.getattr((undefined(name='mutual') if l_0_mutual is missing else l_0_mutual), 'option'), 'name'))
            yield ' costs the host body '
            yield str(t_1((environment.getattr((undefined(name='mutual') if l_0_mutual is missing else l_0_mutual), 'net_present_cost') - environment.getattr((undefined(name='low') if l_0_low is missing else l_0_low), 'net_present_cost'))))
            yield ' more over the period, in year-1 prices: the case for it must rest on what the scores weigh besides cost.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t158(environment):
    name = 'options/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'economic'), 'costed') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t159(environment):
    name = 'options/8/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'host') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t160(environment):
    name = 'options/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_bc = resolve('bc')
        l_0_finance = resolve('finance')
        pass
        yield str(('1' if (((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') or environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'five_case')) or (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline')) and environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'economic')) else '0'))

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t161(environment):
    name = 'organisation/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_law = resolve('law')
        pass
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ' would be a co-operative society registered under the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'act'))
        yield '. It would be a legal body in its own right, able to hold contracts, employ staff and own property. It is owned and controlled by its members and run for their mutual benefit, and the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar'))
        yield " registers it only if it is a genuine co-operative. Its members' liability is limited: none of them can be made to pay its debts beyond what they have paid, or agreed to pay, for their shares."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t162(environment):
    name = 'organisation/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_is_coop = resolve('is_coop')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop)) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t163(environment):
    name = 'organisation/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_law = resolve('law')
        pass
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ' would be a community benefit society registered under the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'act'))
        yield ". It would be a legal body in its own right, able to hold contracts, employ staff and own property. It must carry on its business for the benefit of the community, not mainly for its own members, and it may never share its profits among them. Its members' liability is limited: none of them can be made to pay its debts beyond what they have paid, or agreed to pay, for their shares."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t164(environment):
    name = 'organisation/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_is_cbs = resolve('is_cbs')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (undefined(name='is_cbs') if l_0_is_cbs is missing else l_0_is_cbs)) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t165(environment):
    name = 'organisation/10'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        l_0_member_classes = resolve('member_classes')
        l_0_open_seats = resolve('open_seats')
        l_0_seated = l_0_limited = missing
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        try:
            t_4 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        try:
            t_5 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_5(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield 'The board has between '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'min_size'))
        yield ' and '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'max_size'))
        yield ' directors. '
        l_0_seated = t_2(context.eval_ctx, t_5(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'board_seats'))
        context.vars['seated'] = l_0_seated
        context.exported_vars.add('seated')
        l_0_limited = t_2(context.eval_ctx, t_4(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'max_board_seats', 'none'))
        context.vars['limited'] = l_0_limited
        context.exported_vars.add('limited')
        if (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1):
            pass
            if (undefined(name='seated') if l_0_seated is missing else l_0_seated):
                pass
                yield str(('This class elects' if (t_1((undefined(name='seated') if l_0_seated is missing else l_0_seated)) == 1) else 'These classes elect'))
                yield ' '
                yield str(('its' if (t_1((undefined(name='seated') if l_0_seated is missing else l_0_seated)) == 1) else 'their'))
                yield ' own directors: '
                l_1_loop = missing
                for l_1_c, l_1_loop in LoopContext((undefined(name='seated') if l_0_seated is missing else l_0_seated), undefined):
                    _loop_vars = {}
                    pass
                    yield str(environment.getattr(l_1_c, 'name'))
                    yield ', '
                    yield str(environment.getattr(l_1_c, 'board_seats'))
                    if (environment.getattr(l_1_loop, 'revindex') == 2):
                        pass
                        yield '; and '
                    elif (not environment.getattr(l_1_loop, 'last')):
                        pass
                        yield '; '
                l_1_loop = l_1_c = missing
                yield '.'
            yield ' '
            if (undefined(name='open_seats') if l_0_open_seats is missing else l_0_open_seats):
                pass
                yield str(t_3((undefined(name='open_seats') if l_0_open_seats is missing else l_0_open_seats), 'place'))
                yield ' '
                yield str(('is' if ((undefined(name='open_seats') if l_0_open_seats is missing else l_0_open_seats) == 1) else 'are'))
                yield ' elected by all the members together'
                if (undefined(name='limited') if l_0_limited is missing else l_0_limited):
                    pass
                    yield ', with no more than '
                    l_1_loop = missing
                    for l_1_c, l_1_loop in LoopContext((undefined(name='limited') if l_0_limited is missing else l_0_limited), undefined):
                        _loop_vars = {}
                        pass
                        yield str(environment.getattr(l_1_c, 'max_board_seats'))
                        yield ' from '
                        yield str(environment.getattr(l_1_c, 'name'))
                        if (environment.getattr(l_1_loop, 'revindex') == 2):
                            pass
                            yield ' and '
                        elif (not environment.getattr(l_1_loop, 'last')):
                            pass
                            yield ', '
                    l_1_loop = l_1_c = missing
                yield '.'
        elif environment.getattr(environment.getitem((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 0), 'board_seats'):
            pass
            yield 'The members elect up to '
            yield str(t_3(environment.getattr(environment.getitem((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 0), 'board_seats'), 'director'))
            yield '.'
        else:
            pass
            yield 'The members elect the directors.'
        yield ' '
        if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'co_opted_max') > 0):
            pass
            yield 'The board may also co-opt up to '
            yield str(t_3(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'co_opted_max'), 'director'))
            yield ' for skills it lacks, such as finance or professional expertise, but elected directors must always be the majority.'
        yield ' Directors serve terms of '
        yield str(t_3(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'term_years'), 'year'))
        if environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'rotation'):
            pass
            yield ', and at least a third of the elected directors retire at each annual general meeting, so members have a regular say'
        yield '. Directors are '
        if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'pay') == 'expenses-only'):
            pass
            yield 'unpaid for their work as directors, apart from their expenses'
        else:
            pass
            yield 'paid for their work as directors only as the members approve'
        yield '.'

    blocks = {}
    debug_info = '1=46'
    return locals()


def _t166(environment):
    name = 'organisation/10/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t167(environment):
    name = 'organisation/11'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield 'The society adopts the statutory asset lock under the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'asset_lock_regulations'))
        yield '. Its assets may be used only for the benefit of the community, or passed to another body with an equivalent lock (such as another asset-locked community benefit society, a community interest company or a charity). Once adopted, this lock can never be removed: what the society builds with public money stays in community use.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t168(environment):
    name = 'organisation/11/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'statutory')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t169(environment):
    name = 'organisation/12'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        l_0_majorities = resolve('majorities')
        try:
            t_1 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        pass
        yield 'The draft rules include a voluntary asset lock. The law offers a statutory lock only to community benefit societies, so a co-operative society writes its own. Its assets and reserves must stay in the business. If it is ever wound up, converted or merged, what is left is never shared among the members: it passes to '
        yield str(environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'recipient'))
        yield '. The lock can be changed only by '
        yield str(t_1(environment.getattr((undefined(name='majorities') if l_0_majorities is missing else l_0_majorities), 'entrenched')))
        yield ' of the votes cast at a general meeting, which protects the society against being sold off or demutualised.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t170(environment):
    name = 'organisation/12/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'voluntary')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t171(environment):
    name = 'organisation/13/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t172(environment):
    name = 'organisation/14/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'none')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t173(environment):
    name = 'organisation/15'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_profits = resolve('profits')
        pass
        yield 'Any surplus is used '
        if environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'reserves_first'):
            pass
            yield 'first to build the reserves the business needs'
            if (environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'community_purposes') or environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'patronage_dividend')):
                pass
                yield ". After that, the annual general meeting may, on the board's recommendation, use some of it"
        else:
            pass
            yield "as the annual general meeting decides on the board's recommendation"
        if (environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'community_purposes') or environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'patronage_dividend')):
            pass
            yield ' '
            if environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'community_purposes'):
                pass
                yield "for co-operative education, for other co-operatives and for community purposes that fit the society's objects"
            if (environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'community_purposes') and environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'patronage_dividend')):
                pass
                yield ', and '
            if environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'patronage_dividend'):
                pass
                yield 'for a dividend to members in proportion to how much they took part in the business, measured by '
                yield str(environment.getattr((undefined(name='profits') if l_0_profits is missing else l_0_profits), 'participation_basis'))
        yield '. Nothing is ever paid out in proportion to the shares members hold.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t174(environment):
    name = 'organisation/15/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_is_coop = resolve('is_coop')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop)) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t175(environment):
    name = 'organisation/16/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_is_cbs = resolve('is_cbs')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (undefined(name='is_cbs') if l_0_is_cbs is missing else l_0_is_cbs)) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t176(environment):
    name = 'organisation/17/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t177(environment):
    name = 'organisation/18'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_law = resolve('law')
        l_0_service = resolve('service')
        pass
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ' would be a charitable company limited by guarantee, set up under company law and education law. It is not a registered society and cannot register with the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar'))
        yield ". Its constitution would be its articles of association, which a solicitor must draft and which must go through the statutory process with the school's governing body, "
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the local authority'))
        yield ' and the Department for Education.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t178(environment):
    name = 'organisation/18/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t179(environment):
    name = 'organisation/19'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        pass
        yield 'Its members would be '
        yield str(t_1(t_2(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='name')))
        yield '. They meet in a stakeholder forum: the place where they are heard, receive the annual report and hold the trustees to account. The forum does not manage the school; the head teacher leads it day to day.'

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t180(environment):
    name = 'organisation/19/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t181(environment):
    name = 'organisation/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        l_0_society = resolve('society')
        pass
        yield 'It must send the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' an annual return with its accounts within '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'annual_return_months'))
        yield ' months of the end of each financial year (its year ends on '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'year_end'))
        yield '), and it can change its rules only by a vote of its members, which takes effect once the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' registers the change.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t182(environment):
    name = 'organisation/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t183(environment):
    name = 'organisation/20/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t184(environment):
    name = 'organisation/21'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        try:
            t_2 = environment.filters['sum']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'sum' found.")
        pass
        yield 'The board of trustees would have between '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'min_size'))
        yield ' and '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'max_size'))
        yield ' trustees. '
        if (t_2(environment, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='board_seats') > 0):
            pass
            yield 'The forum elects '
            yield str(t_2(environment, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='board_seats'))
            yield ' of them, each group electing its own: '
            def t_3(fiter):
                for l_1_c in fiter:
                    if (environment.getattr(l_1_c, 'board_seats') > 0):
                        yield l_1_c
            l_1_loop = missing
            for l_1_c, l_1_loop in LoopContext(t_3((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)), undefined):
                _loop_vars = {}
                pass
                yield str(environment.getattr(l_1_c, 'name'))
                yield ', '
                yield str(environment.getattr(l_1_c, 'board_seats'))
                yield str(('; ' if (not environment.getattr(l_1_loop, 'last')) else ''))
            l_1_loop = l_1_c = missing
            yield '.'
        yield ' '
        if (environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'co_opted_max') > 0):
            pass
            yield 'The board may co-opt up to '
            yield str(t_1(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'co_opted_max'), 'further trustee'))
            yield ' for skills it needs.'
        yield ' Trustees serve terms of '
        yield str(t_1(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'term_years'), 'year'))
        yield '.'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t185(environment):
    name = 'organisation/21/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t186(environment):
    name = 'organisation/22/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t187(environment):
    name = 'organisation/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) == 1)) else '0'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t188(environment):
    name = 'organisation/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_3 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_4 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_5 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_5(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield "Anyone who meets the conditions of a member class may apply to join. Each member belongs to one class and has one vote in it, however many shares they hold. At general meetings each class's votes count for the share of the total shown in the table, so that no single group can outvote all the others unless the table gives it a majority"
        if (t_2(t_3(context.eval_ctx, t_5(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'vote_share', 'gt', 50))) > 0):
            pass
            yield ' (here '
            yield str(t_1(t_4(context, t_5(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'vote_share', 'gt', 50), attribute='name')))
            yield ' hold more than half of the votes)'
        yield '. Changing the rules, winding up, merging or converting the society also needs a majority in every class, so no class can do those things alone.'

    blocks = {}
    debug_info = '1=43'
    return locals()


def _t189(environment):
    name = 'organisation/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_member_classes = resolve('member_classes')
        l_0_governance = resolve('governance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1)) and (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'weighted')) else '0'))

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t190(environment):
    name = 'organisation/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        l_0_capped = missing
        try:
            t_1 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_2 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_3 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        pass
        l_0_capped = t_1(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'max_vote_share', 'none'))
        context.vars['capped'] = l_0_capped
        context.exported_vars.add('capped')
        yield "Anyone who meets the conditions of a member class may apply to join. Each member belongs to one class and has one vote, however many shares they hold, and every member's vote counts the same"
        if (undefined(name='capped') if l_0_capped is missing else l_0_capped):
            pass
            yield ', except that '
            l_1_loop = missing
            for l_1_c, l_1_loop in LoopContext((undefined(name='capped') if l_0_capped is missing else l_0_capped), undefined):
                _loop_vars = {}
                pass
                yield str(environment.getattr(l_1_c, 'name'))
                yield ' can never count for more than '
                yield str(t_2(environment.getattr(l_1_c, 'max_vote_share')))
                yield ' of the votes cast'
                if (environment.getattr(l_1_loop, 'revindex') == 2):
                    pass
                    yield ' and '
                elif (not environment.getattr(l_1_loop, 'last')):
                    pass
                    yield ', '
            l_1_loop = l_1_c = missing
            yield ', however many of them vote'
        yield '. Changing the rules, winding up, merging or converting the society also needs a majority in every class, so no class can do those things alone.'

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t191(environment):
    name = 'organisation/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_member_classes = resolve('member_classes')
        l_0_governance = resolve('governance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (t_1((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) > 1)) and (environment.getattr((undefined(name='governance') if l_0_governance is missing else l_0_governance), 'voting') == 'one-member-one-vote')) else '0'))

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t192(environment):
    name = 'organisation/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(t_1(t_2(context, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'votes_on_demutualisation', 'equalto', False), attribute='name')))
        yield ' do not vote on proposals to convert, merge or wind up the society, so that supporters or investors can never decide its future on their own.'

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t193(environment):
    name = 'organisation/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_member_classes = resolve('member_classes')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), 'votes_on_demutualisation', 'equalto', False))) > 0)) else '0'))

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t194(environment):
    name = 'organisation/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t195(environment):
    name = 'organisation/8'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        try:
            t_2 = environment.filters['percent']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'percent' found.")
        try:
            t_3 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        try:
            t_4 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_4(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        yield 'Members may also invest in the society by buying more shares, up to '
        yield str(t_1(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'max_holding')))
        yield ' each'
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable'):
            pass
            yield ', which they can ask to withdraw on '
            yield str(t_3(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawal_notice_months'), 'month'))
            yield "' notice (the board may suspend withdrawals to protect the society)"
        yield '. Shares always keep their face value of '
        yield str(t_1(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'nominal_value')))
        yield ', never carry extra votes and '
        if environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'pays_interest'):
            pass
            yield 'earn interest of no more than '
            yield str(t_2(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'interest_max_percent')))
            yield ' a year'
            if (not t_4(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'interest_above_base'))):
                pass
                yield ', or '
                yield str(t_2(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'interest_above_base')))
                yield ' above the Bank of England base rate if that is higher'
        else:
            pass
            yield 'earn no interest'
        yield '. Capital serves the society; it never controls it.'

    blocks = {}
    debug_info = '1=37'
    return locals()


def _t196(environment):
    name = 'organisation/8/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'investment_shares')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t197(environment):
    name = 'organisation/9'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_shares = resolve('shares')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield 'Shares are for membership only: each member holds the shares their class requires, at '
        yield str(t_1(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'nominal_value')))
        yield ' each, so the cost of joining is never a barrier. The society does not plan to raise capital from its members.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t198(environment):
    name = 'organisation/9/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_shares = resolve('shares')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (not environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'investment_shares'))) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t199(environment):
    name = 'people/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        pass
        yield str(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff'))
        yield ' '
        yield str(('member of staff is' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') == 1) else 'members of staff are'))
        yield ' expected to transfer from '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'their current employer'))
        yield ' to the new '
        yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'society'))
        yield '. The Transfer of Undertakings (Protection of Employment) Regulations 2006 (TUPE) are likely to apply. Under TUPE, staff move automatically with their existing contracts, pay, terms and continuous service, and a dismissal because of the transfer is unfair unless there is an economic, technical or organisational reason for it.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t200(environment):
    name = 'people/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t201(environment):
    name = 'people/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t202(environment):
    name = 'people/11'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_finance = resolve('finance')
        pass
        yield "Staff transferring from the NHS keep their membership of the NHS Pension Scheme under the government's New Fair Deal policy. For that, the "
        yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'society'))
        yield ' needs access to the scheme as an employer. Access is arranged with NHS Pensions and usually depends on holding an NHS contract for the services. Apply early, and make sure access is confirmed before anyone transfers. Ask too whether staff recruited later can join. The financial plan assumes employer pension contributions of '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'pension_terms'))
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t203(environment):
    name = 'people/11/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'nhs') and (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0)) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t204(environment):
    name = 'people/12'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        pass
        yield "Staff transferring from the council are likely to be members of the Local Government Pension Scheme (LGPS). The society can keep them in it by becoming an admission body: it signs an admission agreement with the pension fund and the council. The fund will usually ask for a bond or a guarantee to cover what the society would owe the fund if it failed, and the fund's actuary sets the society's own employer contribution rate, which may differ from the council's. When the agreement ends, for example if the contract is lost, the society may owe the fund an exit payment. The financial plan assumes employer pension contributions of "
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'pension_terms'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t205(environment):
    name = 'people/12/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        pass
        yield str(('1' if (((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'lgps') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) and (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0)) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t206(environment):
    name = 'people/13'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'Ask '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the council'))
        yield ' whether it will carry some of the pension risk itself, for example by guaranteeing the society or by keeping the deficit risk under a pass-through arrangement, instead of the society buying a bond. Check too whether its policy requires transferring staff to keep the LGPS or a broadly comparable scheme.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t207(environment):
    name = 'people/13/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        pass
        yield str(('1' if (((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'lgps') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) and (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0)) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t208(environment):
    name = 'people/14'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_finance = resolve('finance')
        pass
        yield 'The financial plan assumes staff will be in the '
        yield str(('NHS Pension Scheme' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'nhs') else 'Local Government Pension Scheme'))
        yield ', with employer contributions of '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'pension_terms'))
        yield ', although no staff transfer. A new employer can usually offer this scheme only in connection with a public contract or staff transferring from a public body: check that it is possible before relying on it.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t209(environment):
    name = 'people/14/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        pass
        yield str(('1' if (((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') in ['nhs', 'lgps']) and (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') == 0)) and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t210(environment):
    name = 'people/15'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_finance = resolve('finance')
        pass
        yield "Teachers are usually members of the Teachers' Pension Scheme and support staff of the Local Government Pension Scheme. How the school takes part in each depends on the route it takes (for example a foundation trust school or an academy): the solicitor and "
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the local authority'))
        yield ' should confirm it before staff are consulted. The financial plan assumes employer pension contributions of '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'pension_terms'))
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t211(environment):
    name = 'people/15/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t212(environment):
    name = 'people/16'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_finance = resolve('finance')
        l_0_bc = resolve('bc')
        pass
        yield 'The financial plan assumes the '
        yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'society'))
        yield ' offers its own workplace pension, with employer contributions of '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'pension_terms'))
        yield '.'
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0):
            pass
            yield " Staff who transfer from a public body may be entitled, under that body's policy, to a pension that is broadly comparable with the one they have now: check before the staff ballot."

    blocks = {}
    debug_info = '1=15'
    return locals()


def _t213(environment):
    name = 'people/16/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'other') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t214(environment):
    name = 'people/17'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_finance = resolve('finance')
        pass
        yield 'No pension scheme has been chosen yet. Every employer must enrol eligible staff in a workplace pension and pay into it (automatic enrolment)'
        if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') in ['music-teachers', 'supply-teachers']):
            pass
            yield '; this does not apply to people who are genuinely self-employed'
        yield ', so the financial plan charges the minimum the law requires: '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'pension_terms'))
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t215(environment):
    name = 'people/17/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'none') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) and (t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'staff')) > 0)) else '0'))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t216(environment):
    name = 'people/19'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield 'The draft rules commit the society to being an ethical employer: paying at least the real Living Wage, not using zero-hours contracts unless a worker asks for one, and giving every worker written terms'
        if environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'regulated_care'):
            pass
            yield '; and, in care at home, paying travel time between visits and never cutting visits to 15 minutes or less'
        yield '. The financial plan must pay for these: check that every salary in the staff costs table meets the real Living Wage'
        if environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'regulated_care'):
            pass
            yield ' and that travel time is costed'
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t217(environment):
    name = 'people/19/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'ethical_employment') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t218(environment):
    name = 'people/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') == 0) and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t219(environment):
    name = 'people/20'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'Joining the '
        yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'society'))
        yield " as a member is each worker's own choice. It is never a condition of getting or keeping a job, and staff who choose not to join keep exactly the same rights at work."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t220(environment):
    name = 'people/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'On the answers given, no staff change employer. Whether they do depends on the route the school takes: for example, staff employed by the local authority move to the new employer if the school becomes an academy, and TUPE then applies. The solicitor and '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the local authority'))
        yield ' should confirm this; if staff will transfer, update the answers and redo this section.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t221(environment):
    name = 'people/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') == 0) and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t222(environment):
    name = 'people/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t223(environment):
    name = 'people/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t224(environment):
    name = 'people/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t225(environment):
    name = 'people/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') == 0) and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t226(environment):
    name = 'people/8'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_commitments = resolve('commitments')
        l_0_bc = resolve('bc')
        pass
        yield 'The '
        yield str(('proposed articles would commit the trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'draft rules commit the society'))
        yield ' to recognising '
        yield str((environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'union_name') if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'union_name') else 'one or more independent trade unions chosen by its workers'))
        yield ' and to consulting '
        yield str(('it' if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'union_name') else 'them'))
        yield ' in good time about any major change. Involve the union from the start: staff trust a proposal more when their union has helped to shape it'
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0):
            pass
            yield ", and the union's representatives must be informed and consulted about the transfer in any case"
        yield '.'

    blocks = {}
    debug_info = '1=15'
    return locals()


def _t227(environment):
    name = 'people/8/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        pass
        yield str(('1' if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'trade_union') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t228(environment):
    name = 'people/9'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield 'The draft rules do not include trade union recognition. Every worker is still free to join a union'
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0):
            pass
            yield ', and any union recognised by the current employer must be informed and consulted about the transfer; its recognition may carry over to the new employer'
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t229(environment):
    name = 'people/9/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        pass
        yield str(('1' if (not environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'trade_union')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t230(environment):
    name = 'quality/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'Before it provides any care or treatment that the law requires to be registered, the society must register with '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'care_regulator'))
        yield '. Registration does not pass from the current provider: the society needs its own, in its own name, and it must have a registered manager for each service, or whoever else the regulator requires to be in charge. Registration can take several months, and the service cannot start without it, so it is one of the first steps in the transition plan.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t231(environment):
    name = 'quality/0/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'regulated_care') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t232(environment):
    name = 'quality/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield 'Everyone who works with the people the service supports needs the right criminal record check before they start: '
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'scotland'):
            pass
            yield 'membership of the Protecting Vulnerable Groups (PVG) scheme'
        else:
            pass
            yield 'an enhanced check from the Disclosure and Barring Service, including the barred list where the role allows it'
        yield '. The draft rules make safety and wellbeing the first duty of the board, and require it to report to the members on the quality of care at every annual general meeting.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t233(environment):
    name = 'quality/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'regulated_care') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t234(environment):
    name = 'quality/10'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield "The co-operative also needs a written safeguarding policy and a designated safeguarding lead before the first lesson; insurance, including public liability and professional indemnity; and a clear view of each teacher's employment status. Teachers who are self-employed must be genuinely so in how they work, or the co-operative could be treated as their employer for tax and employment rights. Watch the VAT registration threshold as income grows, and agree how the co-operative will work with the local music education hub."
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0):
            pass
            yield " Staff transferring from the council's music service may bring TUPE rights, including employment rather than self-employment."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t235(environment):
    name = 'quality/10/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'music-teachers') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t236(environment):
    name = 'quality/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'Registration applies however small the service is. A group that gives only companionship or practical help, and no personal care, may not need to register: check with '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'care_regulator'))
        yield ' before starting.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t237(environment):
    name = 'quality/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'micro-care') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t238(environment):
    name = 'quality/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'nhs-community') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t239(environment):
    name = 'quality/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        l_0_service = resolve('service')
        pass
        yield 'Councils in Wales have a legal duty to promote co-operatives, social enterprises and user-led services in providing care and support, under the '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'care_duty_citation'))
        yield '. This proposal is the kind of service that duty is meant to encourage, and '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the council'))
        yield ' should be asked how it will support it. The duty falls on the council; it does not guarantee a contract, so the case must still show quality and value for money.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t240(environment):
    name = 'quality/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        l_0_society = resolve('society')
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'wales_care_duty') or ((environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'wales') and (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'direct-payments'))) else '0'))

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t241(environment):
    name = 'quality/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'A mutual that helps members employ their own personal assistants is not itself a registered care provider. If it employs personal assistants to give personal care, or supplies them as an agency, it may need to register with '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'care_regulator'))
        yield ": the draft rules require the board to check before it does so. It must also keep each member's personal budget separate from its own money, as the draft rules require and the council will audit."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t242(environment):
    name = 'quality/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'direct-payments') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t243(environment):
    name = 'quality/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_service = resolve('service')
        pass
        yield 'The school will still be inspected by '
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'england'):
            pass
            yield 'Ofsted'
        elif (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'wales'):
            pass
            yield 'Estyn'
        else:
            pass
            yield 'the school inspectorate (Education Scotland)'
        yield ', and its trustees become responsible for its standards. The change of status is decided through the statutory process: the governing body consults and decides, and '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the local authority'))
        yield ' and the Department for Education each have their part. Safeguarding duties continue unchanged'
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'england'):
            pass
            yield ", under the Department for Education's statutory guidance, Keeping children safe in education"
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t244(environment):
    name = 'quality/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t245(environment):
    name = 'quality/7'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_service = resolve('service')
        pass
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ' is a separate venture'
        if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school'):
            pass
            yield ' linked to '
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school'))
        yield ': it is neither the school nor its trust, and the school stays responsible for its own inspection and governance. Anyone who works with pupils through the venture needs the checks the school requires before they start: '
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'scotland'):
            pass
            yield 'membership of the Protecting Vulnerable Groups (PVG) scheme'
        else:
            pass
            yield 'an enhanced check from the Disclosure and Barring Service, including the barred list for work with children where the role allows it'
        yield '. Agree in writing with the school how safeguarding concerns will be reported, and check whether any activity (such as childcare or serving food) must be registered.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t246(environment):
    name = 'quality/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_service = resolve('service')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'school-trust') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t247(environment):
    name = 'quality/8'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_archetype = resolve('archetype')
        pass
        yield 'Schools must be sure that every adult who works with their pupils has been checked. Before anyone teaches through the co-operative, it must check and record: '
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'scotland'):
            pass
            yield 'membership of the Protecting Vulnerable Groups (PVG) scheme for work with children'
        else:
            pass
            yield 'an enhanced check from the Disclosure and Barring Service, including the barred list for work with children'
        if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'supply-teachers'):
            pass
            yield '; the right to work in the UK; that the teacher is not prohibited from teaching; and their qualifications. Schools will want this confirmed in writing for every teacher they book'
        else:
            pass
            yield '; and the right to work in the UK'
        yield '. The draft rules make these checks a duty of the society.'
        if (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'wales'):
            pass
            yield ' Teachers in Wales must also be registered with the Education Workforce Council.'
        elif (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'scotland'):
            pass
            yield ' Teachers in Scotland must also be registered with the General Teaching Council for Scotland.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t248(environment):
    name = 'quality/8/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') in ['supply-teachers', 'music-teachers']) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t249(environment):
    name = 'quality/9/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'supply-teachers') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t250(environment):
    name = 'resources/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield 'Premises: where the '
        yield str(('service' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none') else 'business'))
        yield ' will run from, whether it will lease or share space with '
        yield str(('the host body or others' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none') else 'others'))
        yield ', on what terms and at what cost. Include vehicles and major equipment'
        yield str((', and whether any transfer from the host body' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none') else ', and whether any come with a business you are taking over'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t251(environment):
    name = 'resources/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield "Insurance: the cover you will buy and what it costs, such as employer's liability (which the law requires for employers), public liability, professional indemnity"
        if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'nhs-community'):
            pass
            yield ', clinical negligence'
        yield ", directors' and officers' liability and cyber cover. A public body often insured itself, so this is a new cost."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t252(environment):
    name = 'resources/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t253(environment):
    name = 'resources/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') == 'none') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t254(environment):
    name = 'resources/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'The financial plan assumes the main contract or agreement lasts '
        yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_years'), 'year'))
        yield '.'
        if (not environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'contract_short')):
            pass
            yield ' That gives time to recover start-up costs and build reserves before it has to be renewed; plan for renewal or re-tender well before the end.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t255(environment):
    name = 'resources/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value') > 0)) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t256(environment):
    name = 'resources/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_service = resolve('service')
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'contract_short') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) and (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value') > 0)) else '0'))

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t257(environment):
    name = 'services/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') in ['social-care', 'micro-care']) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t258(environment):
    name = 'services/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'nhs-community') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t259(environment):
    name = 'services/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t260(environment):
    name = 'services/5/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'supply-teachers') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t261(environment):
    name = 'services/6/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'music-teachers') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t262(environment):
    name = 'services/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'direct-payments') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t263(environment):
    name = 'services/8/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_archetype = resolve('archetype')
        l_0_service = resolve('service')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') not in ['social-care', 'micro-care', 'nhs-community', 'school-trust', 'supply-teachers', 'music-teachers', 'direct-payments']) or ((environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'key') == 'school-trust') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline'))) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t264(environment):
    name = 'services/9'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield "Your 4 to 6 KPIs. For each, give: what exactly is measured; the baseline (today's figure for the service, where it exists); the target for year 1 and year 3; where the data comes from; and who reports it, how often, and to whom (the board, the members, the "
        yield str(('governing body' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'commissioner'))
        yield '). '
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            yield 'Agree them with the governing body before the change of status.'
        else:
            pass
            yield 'Agree them with the commissioner before the contract is signed.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t265(environment):
    name = 'summary/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_society = resolve('society')
        l_0_is_coop = resolve('is_coop')
        l_0_law = resolve('law')
        pass
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
            yield ' is a proposed co-operative trust'
            if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school'):
                pass
                yield ' for '
                yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school'))
            yield '. A co-operative trust is a charitable company limited by guarantee, set up under company law and education law, in which the people with a stake in the school share in governing it through a stakeholder forum.'
        else:
            pass
            yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
            yield ' is a proposed '
            yield str(('co-operative society' if (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop) else 'community benefit society'))
            yield ', to be registered with the '
            yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar'))
            yield ' ('
            yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
            yield ') under the '
            yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'act'))
            yield '.'
        yield ' '
        yield str(('The school: ' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'It is being set up to run this service: '))
        yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'description'))
        yield str(('' if environment.call(context, environment.getattr(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'description'), 'endswith'), '.') else '.'))

    blocks = {}
    debug_info = '1=15'
    return locals()


def _t266(environment):
    name = 'summary/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_bc = resolve('bc')
        l_0_archetype = resolve('archetype')
        pass
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))
            yield " has a part in the decision, alongside the school's governing body and the Department for Education."
        elif ((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'pathway') in ['right-to-request', 'right-to-provide', 'externalisation', 'right-to-own']) and (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0)):
            pass
            yield 'The service is now run by '
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))
            yield '. This case asks it to agree to the transfer of the service and its staff, and asks '
            yield str(environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'payer'))
            yield ' to fund the new society.'
        elif (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'pathway') in ['externalisation', 'right-to-own']):
            pass
            yield 'The service has been run by '
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))
            yield '. No staff transfer: this case asks '
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))
            yield ' to support the new society, and '
            yield str(environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'payer'))
            yield ' to buy from it.'
        elif (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'pathway') == 'contracting'):
            pass
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))
            yield " is the body buying the service, and this case supports the society's bid."
        else:
            pass
            yield 'The proposal is being developed with '
            yield str(environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body'))
            yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t267(environment):
    name = 'summary/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield str(('1' if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t268(environment):
    name = 'summary/10'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['capitalize']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'capitalize' found.")
        pass
        yield "In Scotland, councils and health boards buy under Scotland's own procurement rules, not the Procurement Act 2023, so the route to a contract is agreed with them under those rules. "
        yield str(t_1(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'eligibility')))
        yield " notes what the answers would mean where the Act's reserved contracts do apply."

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t269(environment):
    name = 'summary/10/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_society = resolve('society')
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') == 'scotland')) and (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none')) else '0'))

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t270(environment):
    name = 'summary/12'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_boxes = resolve('boxes')
        l_0_service = resolve('service')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield "This business case was drafted by software from the group's answers. Its figures come "
        yield str(('only from those answers' if (t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) == 0) else 'from those answers and from illustrative figures for this kind of service'))
        yield '. '
        if environment.getattr((undefined(name='boxes') if l_0_boxes is missing else l_0_boxes), 'to_write'):
            pass
            yield 'Every "To write" box needs the group\'s own words before the case goes to '
            yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'a decision maker'))
            yield ', and the figures must be checked by an accountant.'
        else:
            pass
            yield "The sections that need the group's own words hold them, from the group's answers; the figures must be checked by an accountant before the case goes to "
            yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'a decision maker'))
            yield '.'

    blocks = {}
    debug_info = '1=21'
    return locals()


def _t271(environment):
    name = 'summary/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_member_classes = resolve('member_classes')
        l_0_founders = resolve('founders')
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        try:
            t_2 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_3 = environment.filters['map']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'map' found.")
        pass
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            yield 'The trust would have '
            yield str(t_2((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)))
            yield ' groups of members, who meet in its stakeholder forum'
        else:
            pass
            yield 'The society would be owned and controlled by its members, in '
            yield str(t_2((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)))
            yield ' '
            yield str(('class' if (t_2((undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes)) == 1) else 'classes'))
        yield ': '
        yield str(t_1(t_3(context, (undefined(name='member_classes') if l_0_member_classes is missing else l_0_member_classes), attribute='name')))
        yield '. The founder members are '
        yield str(t_1(t_3(context, (undefined(name='founders') if l_0_founders is missing else l_0_founders), attribute='name')))
        yield '.'

    blocks = {}
    debug_info = '1=32'
    return locals()


def _t272(environment):
    name = 'summary/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_is_coop = resolve('is_coop')
        l_0_asset_lock = resolve('asset_lock')
        pass
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            yield 'A co-operative trust keeps the school in the public education system while giving parents and carers, staff, learners and the community a formal voice in how it is run. Its assets are held for its charitable purposes under charity law.'
        elif (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop):
            pass
            yield 'A co-operative society suits a service that is owned and run by the people who work in it and the people who use it, for their shared benefit. It must be a genuine co-operative: open membership, one member one vote, and any surplus shared only by how much members take part, never by how much capital they hold.'
        else:
            pass
            yield 'A community benefit society suits a service run for the good of the whole community rather than mainly for its members. It may never share its profits among its members, and '
            if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'statutory'):
                pass
                yield 'its statutory asset lock, which can never be removed, keeps what it builds in community use for good'
            elif (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable'):
                pass
                yield 'as a charity its assets can only ever be used for charitable purposes'
            else:
                pass
                yield "its assets must be used for the community's benefit"
            yield ': the assurance a public body looks for when a public service leaves its direct control.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t273(environment):
    name = 'summary/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        l_0_archetype = resolve('archetype')
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['abs']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'abs' found.")
        try:
            t_2 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        try:
            t_3 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value') > 0):
            pass
            yield 'The financial plan assumes income of '
            yield str(t_3(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value')))
            yield ' a year from '
            yield str(('its main contracts' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'linked_school') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) else environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'main_income')))
            yield ', for '
            yield str(t_2(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_years'), 'year'))
            if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'other_income') > 0):
                pass
                yield ', and '
                yield str(t_3(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'other_income')))
                yield ' a year from other sources'
            yield ', with '
            yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'staff_fte'))
            yield ' full-time equivalent staff.'
        else:
            pass
            yield 'The financial plan assumes no main contract: its income is '
            yield str(t_3(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'other_income')))
            yield ' a year from sales and other sources.'
        yield ' Over the five years projected, it shows a total '
        if (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'five_year_surplus') >= 0):
            pass
            yield 'surplus after tax of '
            yield str(t_3(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'five_year_surplus')))
        else:
            pass
            yield 'deficit after tax of '
            yield str(t_3(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'five_year_surplus'))))
        yield '. '
        if environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'break_even_year'):
            pass
            yield 'It breaks even: recurring income covers recurring costs from year '
            yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'operating_break_even_year'))
            yield ', and the cumulative result after tax is zero or more from year '
            yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'break_even_year'))
            yield ' on.'
        elif environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'operating_break_even_year'):
            pass
            yield 'Recurring income covers recurring costs from year '
            yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'operating_break_even_year'))
            yield ', but taking one-off costs, grants and tax together the plan does not break even within the five years.'
        else:
            pass
            yield 'Recurring income does not cover recurring costs in every year: as it stands the plan does not pay its way, and it must change before it goes to a decision maker.'

    blocks = {}
    debug_info = '1=33'
    return locals()


def _t274(environment):
    name = 'summary/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['abs']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'abs' found.")
        try:
            t_2 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        try:
            t_3 = environment.tests['none']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No test named 'none' found.")
        pass
        if (environment.getattr(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1'), 'recurring_income') > 0):
            pass
            yield 'In year 1 the operating result is '
            yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'year1_margin'))
            yield '% of recurring income.'
        yield ' '
        if (not t_3(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'price_fall_tolerated'))):
            pass
            yield 'The five-year result stays at zero or above if the contract price falls by up to '
            yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'price_fall_tolerated'))
            yield '%.'
        yield ' '
        if environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'worst_test'):
            pass
            yield 'The worst single risk tested, '
            yield str(environment.getitem(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'worst_test'), 1))
            yield ', would leave a five-year '
            yield str(('surplus' if (environment.getitem(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'worst_test'), 0) >= 0) else 'deficit'))
            yield ' of '
            yield str(t_2(t_1(environment.getitem(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'worst_test'), 0))))
            yield '.'

    blocks = {}
    debug_info = '1=30'
    return locals()


def _t275(environment):
    name = 'summary/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_service = resolve('service')
        l_0_bc = resolve('bc')
        try:
            t_1 = environment.filters['pounds']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'pounds' found.")
        pass
        if (environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'peak_need') > 0):
            pass
            yield 'Cash is lowest '
            yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'lowest_when'))
            yield ', when the '
            yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'society'))
            yield ' is '
            yield str(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'peak_need')))
            yield ' overdrawn'
            if environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'funded'):
                pass
                yield ': the overdraft of '
                yield str(t_1(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'overdraft')))
                yield ' agreed for the plan covers it.'
            else:
                pass
                yield '. Warning: nothing in the plan covers that yet. '
                if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
                    pass
                    yield "A maintained school cannot borrow without the Secretary of State's consent: agree how the gap will be covered with the local authority before the school converts."
                else:
                    pass
                    yield 'It needs an overdraft or loan of at least '
                    yield str(t_1((environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'peak_need') - environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'overdraft'))))
                    yield ' more, more start-up funding or better payment terms before it can go ahead.'
        else:
            pass
            yield 'Cash stays above zero in every month of the five years: its lowest month-end balance is '
            yield str(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'lowest_cash')))
            yield ', '
            yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'lowest_when'))
            yield '.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t276(environment):
    name = 'summary/7'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'Warning: '
        yield str(t_2(t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')), 'input'))
        yield ' to the financial plan '
        yield str(('is an illustrative figure' if (t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) == 1) else 'are illustrative figures'))
        yield " for this kind of service, not the group's own. The figures in this case are examples until the group replaces "
        yield str(('it' if (t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) == 1) else 'them'))
        yield ' (see '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'finance-inputs'))
        yield ').'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t277(environment):
    name = 'summary/7/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_finance = resolve('finance')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'illustrative')) > 0) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t278(environment):
    name = 'summary/8'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        l_0_service = resolve('service')
        l_0_finance = resolve('finance')
        pass
        yield str(environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff'))
        yield ' '
        yield str(('member of staff is' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') == 1) else 'members of staff are'))
        yield ' expected to transfer to the new '
        yield str(('trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'society'))
        yield ' under TUPE, keeping their jobs, pay and terms; the plan pays for '
        yield str(environment.getattr((undefined(name='finance') if l_0_finance is missing else l_0_finance), 'staff_fte'))
        yield ' full-time equivalent posts.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t279(environment):
    name = 'summary/8/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_bc = resolve('bc')
        pass
        yield str(('1' if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t280(environment):
    name = 'summary/9'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_eligibility = resolve('eligibility')
        l_0_ref = resolve('ref')
        try:
            t_1 = environment.filters['capitalize']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'capitalize' found.")
        pass
        if environment.getattr((undefined(name='eligibility') if l_0_eligibility is missing else l_0_eligibility), 'psm_eligible'):
            pass
            yield 'On the answers given, the society looks eligible for contracts that public bodies may reserve for public service mutuals under the Procurement Act 2023, s.33.'
        else:
            pass
            yield 'On the answers given, the society does not look eligible for contracts that public bodies may reserve for public service mutuals under the Procurement Act 2023, s.33.'
        yield ' '
        yield str(t_1(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'eligibility')))
        yield ' explains why; the commissioner makes the final decision.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t281(environment):
    name = 'summary/9/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_society = resolve('society')
        l_0_archetype = resolve('archetype')
        pass
        yield str(('1' if (((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline') and (environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'nation') != 'scotland')) and (environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'host') != 'none')) else '0'))

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t282(environment):
    name = 'transition/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_archetype = resolve('archetype')
        l_0_nation_law = resolve('nation_law')
        l_0_bc = resolve('bc')
        l_0_long = missing
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        pass
        yield 'Going live takes longer than most groups expect. Start first with the steps that take longest and that others control: '
        l_0_long = [('setting up the trust as a company' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'registering the society')]
        context.vars['long'] = l_0_long
        context.exported_vars.add('long')
        if environment.getattr((undefined(name='archetype') if l_0_archetype is missing else l_0_archetype), 'regulated_care'):
            pass
            l_0_long = ((undefined(name='long') if l_0_long is missing else l_0_long) + [str_join(('registration with ', environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'care_regulator'), ))])
            context.vars['long'] = l_0_long
            context.exported_vars.add('long')
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'nhs'):
            pass
            l_0_long = ((undefined(name='long') if l_0_long is missing else l_0_long) + ['access to the NHS Pension Scheme'])
            context.vars['long'] = l_0_long
            context.exported_vars.add('long')
        elif ((environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'pension_scheme') == 'lgps') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')):
            pass
            l_0_long = ((undefined(name='long') if l_0_long is missing else l_0_long) + ['the LGPS admission agreement and bond'])
            context.vars['long'] = l_0_long
            context.exported_vars.add('long')
        if (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'transferring_staff') > 0):
            pass
            l_0_long = ((undefined(name='long') if l_0_long is missing else l_0_long) + ['TUPE consultation'])
            context.vars['long'] = l_0_long
            context.exported_vars.add('long')
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            l_0_long = ((undefined(name='long') if l_0_long is missing else l_0_long) + ['the statutory consultation and approvals'])
            context.vars['long'] = l_0_long
            context.exported_vars.add('long')
        elif (environment.getattr((undefined(name='bc') if l_0_bc is missing else l_0_bc), 'contract_value') > 0):
            pass
            l_0_long = ((undefined(name='long') if l_0_long is missing else l_0_long) + ['agreeing the contract'])
            context.vars['long'] = l_0_long
            context.exported_vars.add('long')
        yield str(t_1((undefined(name='long') if l_0_long is missing else l_0_long)))
        yield '.'

    blocks = {}
    debug_info = '1=23'
    return locals()


def _t283(environment):
    name = 'vision/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            yield "The trust's proposed objects are:"
        else:
            pass
            yield 'The objects in the draft rules, which set out what the society is for, are:'

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t284(environment):
    name = 'vision/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        l_0_is_coop = resolve('is_coop')
        l_0_society = resolve('society')
        pass
        if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline'):
            pass
            yield 'A co-operative trust commits itself to the values of the co-operative movement: self-help, self-responsibility, democracy, equality, equity and solidarity. It lives them in what the school teaches and in how the school and the trust are run, with its members taking part through the stakeholder forum.'
        elif (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop):
            pass
            yield 'As a co-operative society, '
            yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
            yield ' must be a genuine co-operative. The registrar judges this against the values and the seven principles of the International Co-operative Alliance: voluntary and open membership; democratic member control; member economic participation; autonomy and independence; education, training and information; co-operation among co-operatives; and concern for community. The draft rules build each of these in, for example one member one vote, membership open to everyone eligible, and independence from any public body.'
        else:
            pass
            yield 'As a community benefit society, '
            yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
            yield ' must carry on its business for the benefit of the community, not mainly for its own members. It is not a co-operative society in law, but it can, and the draft rules do, follow co-operative ways of working: membership open to everyone eligible, one member one vote, and independence from any public body.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t285(environment):
    name = 'vision/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        l_0_service = resolve('service')
        l_0_promises = missing
        try:
            t_1 = environment.filters['join_and']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join_and' found.")
        pass
        l_0_promises = []
        context.vars['promises'] = l_0_promises
        context.exported_vars.add('promises')
        if (environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'ethical_employment') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')):
            pass
            l_0_promises = ((undefined(name='promises') if l_0_promises is missing else l_0_promises) + ['to be an ethical employer, including paying at least the real Living Wage and not using zero-hours contracts by default'])
            context.vars['promises'] = l_0_promises
            context.exported_vars.add('promises')
        if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'trade_union'):
            pass
            l_0_promises = ((undefined(name='promises') if l_0_promises is missing else l_0_promises) + [str_join(('to recognise ', (environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'union_name') if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'union_name') else 'an independent trade union chosen by its workers'), ))])
            context.vars['promises'] = l_0_promises
            context.exported_vars.add('promises')
        if environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'social_accounting'):
            pass
            l_0_promises = ((undefined(name='promises') if l_0_promises is missing else l_0_promises) + ['to publish a yearly social account of the difference it makes'])
            context.vars['promises'] = l_0_promises
            context.exported_vars.add('promises')
        yield 'The '
        yield str(('proposed articles would also commit the trust' if (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') == 'trust-outline') else 'draft rules also commit the society'))
        yield ' '
        yield str(t_1((undefined(name='promises') if l_0_promises is missing else l_0_promises)))
        yield '.'

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t286(environment):
    name = 'vision/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_commitments = resolve('commitments')
        l_0_service = resolve('service')
        pass
        yield str(('1' if (((environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'ethical_employment') and (environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'document') != 'trust-outline')) or environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'social_accounting')) or environment.getattr((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), 'trade_union')) else '0'))

    blocks = {}
    debug_info = '1=13'
    return locals()


TEMPLATES = {
    'appendices/0/item0': ('c84c58085d36b1aea79b3e4680d788c08f9bb62dca52ca16b48432a67cc360e3', _t0),
    'appendices/1': ('794fd504f0a706bceef7257812b084df125eaca3b8e0926c745e3a5e0ff05306', _t1),
    'appendices/1/when': ('b1b3f4c70c51c75b393878ccbb7bbd959110bde9826f0c04a63ce881909fd043', _t2),
    'appendices/2/when': ('b1b3f4c70c51c75b393878ccbb7bbd959110bde9826f0c04a63ce881909fd043', _t3),
    'appendices/3/when': ('de21ba4f4d1a5e6c47acbac4b69774462894b1fd5ef9fe57c94644fa5fd5de1f', _t4),
    'appendices/4': ('45c6f1ed6bee10f70b136c62997c84426da3ada90544d01b0b1431157b9add02', _t5),
    'context/0': ('04c0542410b5dcef567abd4ee5a4117b0285653e5ab85250ce12332de5f4b324', _t6),
    'context/1': ('3e190b6b6f9bf57c47c8b33df44e8cc0d6a9e5e26f5ffaf19ebfc2a51b67d45b', _t7),
    'context/1/when': ('268461198fdba932b24e332bb3fc4ff34ed7da9ecc2cfdedfef79b37a911516d', _t8),
    'context/3': ('9b9f03857a899ceb8c07a3498047346f22f43c8f4cd9679e532c771ff7de1a99', _t9),
    'context/3/when': ('41acc89c5aa2d394f84c4e7c90f6af52f45d33e50833ec8c37518e9debbc40a7', _t10),
    'context/4/when': ('0bbba066b3c26754842bb4a3401a94031f0f549684968744606c62e99d683b85', _t11),
    'eligibility/0': ('ed05258670fd8a96ae6243188f8b4c2f3e57bb3e8add80927b04fdd576c6c6f0', _t12),
    'eligibility/0/when': ('a8ac01a03cec3c8f7ac886d8552fbd4522253fd0b92ce6fc2068ebab4644b981', _t13),
    'eligibility/1': ('ccac22ff0110d727c8a1e8e0fa97384b5cce249f9327964ed4fc147d4e1f1bb1', _t14),
    'eligibility/1/when': ('f816caa121c315d1996677c528b232cf82afb7b17ceb5cbc5736126fca474160', _t15),
    'eligibility/10/when': ('d61a5dc799d401fbdaa2fe00ad663eb8458baeccf5cb21c75a7bf13e30811275', _t16),
    'eligibility/2': ('c84578500bbaed0609c9409ce17f1101f1da95b7b9ffda8eaf6b292709a3cd1f', _t17),
    'eligibility/2/when': ('c50e609ded37ccd773a006e1cc0ca46a804f651558addd4de0f6564708ec2ac2', _t18),
    'eligibility/3': ('8a715f83213c2896d30db017093d167111e71f37170e5c207dddbee3a1b9f37b', _t19),
    'eligibility/3/when': ('8cb8a9638b0593fd2c990b1cb83f6383c2e034fe78fd516ec4f4f9e4c94fefc9', _t20),
    'eligibility/4': ('a147885195a8fdb06e38129716447c7a74bcba94cd47e2b558367e969df9f8a3', _t21),
    'eligibility/4/when': ('470980af1da7e1e91cb16727f0b52ad281e93fbfd75ef1496e2d675238a620ba', _t22),
    'eligibility/5': ('c58891a4c3262c977180c04fc7b34170864c213e7434fca820cbfe5c8484b00a', _t23),
    'eligibility/5/when': ('b40d0ee5296c9a5531b91c9391366d55cc4894000a61d3bb3004102ebcbb8613', _t24),
    'eligibility/6': ('fd15cb5104f6ff0fc6c402f3a082741de2d06da4cec93c55a9ba7dcaad576c0e', _t25),
    'eligibility/6/when': ('1b815ff48492716332084e5820b5d8ace3e5a4ab6b63c2e538f6442662f91459', _t26),
    'eligibility/7': ('2dd69c6a3cab06f536bcaa23e4339acc622f46c36ba3bf24ef09f971ac70ea4a', _t27),
    'eligibility/7/when': ('216168cd43e12c734a4ca27ab1c564db05f47055243c63c615b4ee7cf0349b74', _t28),
    'eligibility/8': ('b51a3396a0bda9a9a7ceb464c77dae7c25410a2ba66c7e1ff6f493a2e733cbf0', _t29),
    'eligibility/when': ('a72f6c300efc58e296a02ae81d1c2bb4287426218f4fc61216b8b8ccd496d25a', _t30),
    'engagement/0': ('f9cabed837650d2a7a6dbf73acd8f1d67e94f4bcfa43e2086d3a7e54a1308b4c', _t31),
    'engagement/1': ('7cf26c6b910625a0ddccb0d674e080a928aa42705940b3d115ea9adb525e4922', _t32),
    'engagement/1/when': ('91efb933bc33ee1169d41afed374e13ceb23022d4cf318ef702a11405e88b9e4', _t33),
    'engagement/10': ('9e14aa256f891bac09adbda95809272625612cec9b631ae8cd1e831722da198f', _t34),
    'engagement/10/when': ('e4998c26d06dada6b8038ce1d9f7bd9d4d100b121e1932bb4a3454f3053dd8a1', _t35),
    'engagement/11': ('ad92246cd45f1a072f45477d34fdf9e1a203784367ac77a6f6d0c1f2328757ed', _t36),
    'engagement/11/when': ('5fa7f7b52216258f9f0604d6f3b3eb68972a2d56c19aef1c706a7e678323f907', _t37),
    'engagement/12': ('7f455c75e78389e1dc50189d6e3a42212e8e4bc75a6b5ef627eeb23769dd1d58', _t38),
    'engagement/12/when': ('296d5a8f0b0a1f78cc8612c847d5c4aaa8721962635a1d9c8528c79606e3f8ae', _t39),
    'engagement/13': ('9e3a1385d2577e83f68ace8d3905df25443084e60820a1cb5732bb62700c470e', _t40),
    'engagement/14': ('245c0b04fd077f8ffaacb81766211273a6fbceea230dfed684b31d0db39164d0', _t41),
    'engagement/2': ('ea3192cff59cded89c9979e432d3d2a4458dd650ef00cd686df86de1d2f85d25', _t42),
    'engagement/2/when': ('71d132dea9e022321aad8df0f1be4d82e8e50468343b671dcce60a6301500649', _t43),
    'engagement/3': ('351c01c3caeec034cb0a1eb211f153bf967b80b095c5c6f79d94e469579fca4d', _t44),
    'engagement/3/when': ('430de7428cf52cd68470281e37866b8b456e8fe8177c31c7594029e23409131b', _t45),
    'engagement/4': ('0d45869b911f79401f8a135f6c9a462fc4adcb497cb349a2230e998811b0ab83', _t46),
    'engagement/4/when': ('965ca67f13861116c9c8810ef1500967526262589bfbbf23ac86f9ee40b793b1', _t47),
    'engagement/5': ('34e229c68944f372f9a3649ac11b204f32dcdf7aa93d8f5493db9d55d21f31e8', _t48),
    'engagement/5/when': ('e6bda3edf131780f4b8e26de0a800b32845bec8afd179bfd85f2db4f314b391d', _t49),
    'engagement/6': ('c7581c0030700e6fff8470240378d6593f86da2e2fc239468b51fd4c8c752a65', _t50),
    'engagement/6/when': ('fdb409c874f7b3198558e18f8a28b1a56abd2e9feeb6cc5bf489b815ad1a6520', _t51),
    'engagement/7': ('e399eb12a197fbdce29177f1910807f7e9024371d40de64eaa3d08ccaf3be122', _t52),
    'engagement/7/when': ('cd6430957a7ca16d730559365686c13038f2189e78a17a36f51e4e0e5b935e35', _t53),
    'engagement/8': ('e1cf30360973894c8fd808badde100dc8175c6f72d969a4e4d83f0bf81f79934', _t54),
    'engagement/8/when': ('572e03ff431cc3a76bd4632b808d21037780c1d967c268f15d2cdc4e0a10f2a6', _t55),
    'engagement/9': ('a706baed6a6047a59f1ae79d60bf05f70aa7947fda022391f5c2f0d5fb46db12', _t56),
    'engagement/9/when': ('c29ca52e79d882b8f928163f0ca1c3b5c1942c0bf741dbc4d0616fbfe5c2fd07', _t57),
    'finance-balance-sheet/1': ('b075bf5760d27212ceafcde7fe687af6e3ac4f79acf890c6a7a00f315b6bdebe', _t58),
    'finance-balance-sheet/1/when': ('63af0db49ef3dd97f460e19550d334df7b69d3cc9cd8bc9f5da85fac04f3ee47', _t59),
    'finance-break-even/0': ('bf01565058039be24eb8b2456f7b15f07f0dcd0aa09b5d231d159bb9e3e90d16', _t60),
    'finance-break-even/1': ('7ad2f47b5cfac5b719f0ec8c3324b7f162b845e8995c4d7dee99a98fdb8d0817', _t61),
    'finance-break-even/2': ('61c0193d8fb7afa74d17bcb4694dbcce87e9340e4af7de89afa074cc0bc3420a', _t62),
    'finance-break-even/2/when': ('e897176474acf5418dee4de347def6f9fbfef6dced2ee1db1c5b53ae88142646', _t63),
    'finance-cash/2': ('0b3bb01cbc989c54f975921820f5ac55404c792fc8cc017b8b5f9467f13d1a76', _t64),
    'finance-cash/3': ('05e6ac561ca215d4893cbc3b5b39d85df5383ef1d619a2b55883968a167db271', _t65),
    'finance-caveat/0': ('917998c200d2ffdf6c8e2ba5f22270b1151c08ebf245630ff0e218974aef0078', _t66),
    'finance-funding/1': ('dbd1efdaf7ef85023df9470f2fb9122a30924487401971c83474cf279933983b', _t67),
    'finance-funding/1/when': ('ced9d78de40848022b8d8304b46e981c19a2a7e00f2873f7fefedae63da6cdfa', _t68),
    'finance-funding/2': ('5e2d5b51028a14e7015fef1690e1984b71b4eeca197152d0d4738ba90ff53e93', _t69),
    'finance-funding/2/when': ('45d4b23fc9cb8bac6fb3cc9d800392df84f3922027eb1ce9b27de1538e4c4dd6', _t70),
    'finance-funding/3': ('837ec88fc122d0d7c33aadc84249b273dcc9e9433dbc9ad9002addf22331e662', _t71),
    'finance-funding/3/when': ('78c5785db871a6248ae73d70310591514bada515a623b34a3bc03da868975b08', _t72),
    'finance-funding/when': ('4c5e5e75b89b9caa42734aa98e670624c8c2bfb53f5c8dae596d958889dadcb6', _t73),
    'finance-inputs/0/when': ('ad5627478e912a4daae7d3c7ad107681e1f24e37a2700118016ea2f7839cc4fe', _t74),
    'finance-inputs/1/item0': ('74be90a179b2f61a288e0b8bfe7080dd857fe0f7aa4bb6efb7303faf32250f09', _t75),
    'finance-inputs/1/item1': ('7041ba844919c201cbc4681c8de0dbeadf3a0f7711d9ef7fe9246fba9927e3da', _t76),
    'finance-inputs/1/item2': ('53191a42a7fc028bfd1243a0536595904b0774b16da3171a93085f72ec0ab3d3', _t77),
    'finance-inputs/1/item3': ('5f24b8e1e26fb01e7179a6609a6942a578e6b5571b6dd6385b43508aa27923d0', _t78),
    'finance-inputs/1/item4': ('c2e2ae6c409f952dfa37eabe65768bf448a892ecb900e086793498356d0e744d', _t79),
    'finance-inputs/1/item5': ('26a268e84bd4b2725329c3b502ae52b86499adedfb065508dab2d53aeac72ac2', _t80),
    'finance-inputs/1/item6': ('29e40728446e4c6e7bffc8ec67c8e0850214a46c79d76f3486992383a9655072', _t81),
    'finance-inputs/1/item7': ('48e7af44f94605cbfa2cf330ee8480ba56123442a7522f800261ec6db29df7bd', _t82),
    'finance-inputs/1/item8': ('641f2cbea4f37fda946bad0cfa5de4e80e5d7d6bc8a6810aa8b61a624a48a44e', _t83),
    'finance-inputs/1/when': ('589f94dbd05f394d7c41de19e23476205d687a2a39b4895b822dbbc8902f4805', _t84),
    'finance-inputs/2': ('1c0480347fa15c2c3d4b792a2971c6fcc523f368ff8cd9a7dbae9f0ce401076d', _t85),
    'finance-inputs/2/when': ('ad5627478e912a4daae7d3c7ad107681e1f24e37a2700118016ea2f7839cc4fe', _t86),
    'finance-inputs/3': ('adb59de90152c489d46b9c33b9df5c27bd8257f491dec09cd1480ff892983cae', _t87),
    'finance-inputs/4': ('2d264e27cc032160d4a04c347b48f1491170a7a42e9d80b8a973c3f39daab6ee', _t88),
    'finance-pensions/0': ('e0a81664fd722712ac66d8b7d1cc190eab100a62bea0c9bfb339abad11606aaf', _t89),
    'finance-pensions/1': ('df11b0f0026661950b391977d0f45eeb6c28fd14b22eaeffd0338abec068e8d4', _t90),
    'finance-pensions/1/when': ('3acd6f2bbc77b6265e8c180d4a5173066e82483040d6afd5a2265223e9e56408', _t91),
    'finance-pensions/2': ('e0aca5acb62341bb1437de95b116b4592ac480135ed7ace7b728738990eb3eab', _t92),
    'finance-pensions/2/when': ('9919e6f135037986db94cd9245c0776208a56502bad00f9a3d3f48d9410f9a89', _t93),
    'finance-pensions/3/when': ('9919e6f135037986db94cd9245c0776208a56502bad00f9a3d3f48d9410f9a89', _t94),
    'finance-pensions/4': ('8021a076aaa15cbdc524015ea74c91992976567cec04f51b8cfc8e1fb3de81e7', _t95),
    'finance-pensions/4/when': ('110a73454b441455854ca140d244b0db7a8202ac6e648b2cb6e22ba18e43da92', _t96),
    'finance-pensions/5': ('60ad50c23fc4f9aa37c10df288973b9c368949497ebf11ae69a595aaf729afaf', _t97),
    'finance-pensions/5/when': ('9317b6b298f1d053a7d650497f57760f90d5d56b888f63a4f240743e8200b351', _t98),
    'finance-projection/3': ('e2d7699fb0d0470c74cc09653f9857dc40f0d3dbeb89866a518c83df8d49d856', _t99),
    'finance-projection/4': ('01d01ae98fa23e0b91cc7fe082284dd3c2c58dbcacbcbc1c2624380c2e3d5e15', _t100),
    'finance-projection/4/when': ('d3b58f4cc25d0d83a35cdca0ee8729ba395eb2b04217e1ef06378820287e3fbf', _t101),
    'finance-projection/5': ('e415ed6afd77871b6a7c86480a25c718c2031a4b629f2395c8962d77298acd9d', _t102),
    'finance-projection/5/when': ('1dbb9e48bb2eaad0363aab111c47bba154bb98017ff800461fcca9e0aad1e438', _t103),
    'finance-projection/6': ('ba3a681e9c6a4488e1f93b7e8847fcc8db3d4288d20826b1c4a63085203c4b8e', _t104),
    'finance-projection/6/when': ('0f317ad5c47d6c1aaef2c9f1b94a9bb00e208c734d4af1d7d57f8251ddaefb8f', _t105),
    'finance-projection/7': ('33d3817ce2a7b75f5c6f52afdc5faec0ccff01aaaf07b1a6a5f8971ef70d59e8', _t106),
    'finance-projection/7/when': ('e518c50bfce72b2da468f991d7d1aab257b1998ca5bfd53b461d6ea71264d420', _t107),
    'finance-projection/8': ('4f26b7c1adc929fd17a43fae22b90817c93a4850f8ec549a76a05ea23b87df36', _t108),
    'finance-projection/8/when': ('d667ccdbbddd481f1f7899aca04a42ebbe542e3ecc622972814f771a3c1c9755', _t109),
    'finance-projection/9': ('fda3d45e66c1c0f46894d02b9157b441511a499bd4bda496a13e7dfef7277828', _t110),
    'finance-sensitivity/2': ('6699a541b5eaa04912527187337a360c7accdf7bb12582727bdc3af83c019eae', _t111),
    'finance-staff/0/when': ('955c4c1a754cc42c66536ac1f21a36aea8c8fb1654a158bda97d9b9f6ff806be', _t112),
    'finance-staff/1': ('ea8866ba81bc8f4ee6943953cf58c822e4c72147c5630b902892e090da4a160f', _t113),
    'finance-staff/1/when': ('fc674ec00accf12d4edf201569ac2482b75db1f919e3aaf6a93e34ac9d926206', _t114),
    'finance-staff/2': ('215db8c6696ab934ba0742e6ee4c36db66efa44f5b37b20ce7b3061f00255c68', _t115),
    'finance-staff/2/when': ('955c4c1a754cc42c66536ac1f21a36aea8c8fb1654a158bda97d9b9f6ff806be', _t116),
    'finance-staff/3': ('d4767c3188efd511f03586a1d14c7cb8953b95236270d6343613691cff7747c6', _t117),
    'finance-staff/3/when': ('fb363ed0e80f6565c5055f288884346c2bb0ed7d87e8d3bf4beaa73df90d8dd0', _t118),
    'finance-staff/4': ('0f715d9c7912b4626d0d4207aad55975fc0d15547276ed2afcb81b29f3e300be', _t119),
    'finance-staff/4/when': ('bda530793440b0995241aed04d1965218f6192fef0c14d1f2ef45f9311115a3f', _t120),
    'finance-staff/5': ('aa9818c841fd35a3e6993d4d0c20df4e666624ae4156b5fe5d790b4b7e95f6b8', _t121),
    'finance-staff/5/when': ('b26a90d8e655e3b33c4e35e8ab8f3eea808bf7c6f54879235bc6d2d576703fdd', _t122),
    'finance-staff/6': ('2296c25bae5d0cc954bd103813c8ab9f681035792e106754f86aa2aacfc215ca', _t123),
    'finance-staff/6/when': ('80f22acfeda03c1463074dbcd1d55cf55aff93b277649ea4410446f2e544571b', _t124),
    'finance-staff/7/when': ('b1b3f4c70c51c75b393878ccbb7bbd959110bde9826f0c04a63ce881909fd043', _t125),
    'finance-vat/0': ('12245f619526f16d28d210ec8062e9e7fb3ac46bbfe5f42d271c804ec61382ea', _t126),
    'finance-vat/0/when': ('7d9fc8181014c3eadbb08091c94d32a3b2f9dc36913553c9e958c9a04a5ac63f', _t127),
    'finance-vat/1/when': ('89e1930a9d481ebecdabca5138fb408245e5483d0ef1dc5458d76996145f692f', _t128),
    'finance-vat/2': ('de12f51849de26b7b473696efc854db5b323123ad64fe859e36010ad212aeb46', _t129),
    'finance-vat/2/when': ('d13f0ce2223e3f140ff1c561511e96dc2af2c80ef0b745b0f61bcbdcf80d6f14', _t130),
    'finance-vat/3/when': ('9ddf48355bfa14ebacaca836ee93f75e6e200eb3a0452296d3661797480a7b47', _t131),
    'finance-vat/4': ('0e06541fd0dd645134894c8390d63c6306b2340bf88588d9e2da78eac40cb8a5', _t132),
    'finance-vat/4/when': ('08ffd03e0fb3906f4ca74da0ae2de2a93d740bafe4f49aa962fae2d25e6e289b', _t133),
    'finance-vat/5': ('ed42bdb48eef93e64dfcc8466ca71d8822c77f12be1c6ee7bdb98431b4dd7a42', _t134),
    'host-case/0/when': ('4daff10e492d23ccb8bb593df3c958cef08d9ec122c02366be51f09e2c956493', _t135),
    'host-case/1': ('fb3906795208127da2a1265b80b7fc1a768dcae771bfcff514f6456b5f257f0c', _t136),
    'host-case/1/when': ('4daff10e492d23ccb8bb593df3c958cef08d9ec122c02366be51f09e2c956493', _t137),
    'host-case/2/when': ('bec7322e5040f345c5db7820525465a08bf6d1f6dd303d01c4aaa4eab31e6c5f', _t138),
    'host-case/when': ('965bfa6a0a12966875222da2e3d11184ca6687d640fa3e6205383d355f0e9f21', _t139),
    'market/0/when': ('797584c398b77bdae58cf774371909716a4ebc2de2291344df47d8072103a49b', _t140),
    'market/1': ('2f0a12a23ea55504881bd60b941a531326eff5cc69934272fd3e88d2d75c046e', _t141),
    'market/1/when': ('797584c398b77bdae58cf774371909716a4ebc2de2291344df47d8072103a49b', _t142),
    'market/2/when': ('9ddf48355bfa14ebacaca836ee93f75e6e200eb3a0452296d3661797480a7b47', _t143),
    'market/3': ('9701e680ccebd62262579f046dcb50c38aedb3b2d2b06eabec7320907e6a2c38', _t144),
    'market/3/when': ('797584c398b77bdae58cf774371909716a4ebc2de2291344df47d8072103a49b', _t145),
    'market/4/when': ('797584c398b77bdae58cf774371909716a4ebc2de2291344df47d8072103a49b', _t146),
    'market/5': ('69b4eb534eb522cb3f7086c97d618b85f40bb174c369849a97792d4f31952de4', _t147),
    'options/0': ('461d430634120e8842255853845fab1c1bb31fd7ebd3fe7aaf08c84535e7b1a3', _t148),
    'options/11': ('3d7e5026778616d14d6d59b6ac7de45af8177c070fc676f9fe5bd66d77f59fc7', _t149),
    'options/11/when': ('2ea0ef026de0a613fe227aa518e9e717fab68600a549568da73cd2b51d7e193a', _t150),
    'options/12/when': ('2ea0ef026de0a613fe227aa518e9e717fab68600a549568da73cd2b51d7e193a', _t151),
    'options/2': ('3c962542065b7ef9c622b5386d1efe2d306ad71a1e8c2dfd57a164d814947e7d', _t152),
    'options/2/when': ('3762cf4d3cf914f13c9badc6e56cfe77b16b22fd671a12c78770b12cd0c9e28e', _t153),
    'options/3/when': ('2f56cc69f9ba9bd9a4e6a4b5bb457bcf390274de195bef13a6dab4ebe6fb647e', _t154),
    'options/4/when': ('485294961ed2b757e05c9e9910db47da92da7968a1339bff643db597c8ba14a1', _t155),
    'options/6/when': ('bec7322e5040f345c5db7820525465a08bf6d1f6dd303d01c4aaa4eab31e6c5f', _t156),
    'options/7': ('9c62cbbd445c514cca86f92a2c2745392c538fb1d3d9329977acccd2098df528', _t157),
    'options/7/when': ('3730b708e8850ef0c871b49b37351d702972b05855a9403bab11792fefb92df6', _t158),
    'options/8/when': ('4daff10e492d23ccb8bb593df3c958cef08d9ec122c02366be51f09e2c956493', _t159),
    'options/when': ('14224948198815d255817e46ee242399089b41f74a6aa1521dc7fa0830ba10e3', _t160),
    'organisation/0': ('6aa206dbc56e373e7ecf226a66f7ecda282fb82153075d34ed98cb93aa6668bd', _t161),
    'organisation/0/when': ('3522460089a7af1d134f6def9a19edd05789ffc14abd7b3414fb3ba2eacdccbb', _t162),
    'organisation/1': ('100b30662e67ac71c18a5886d1c930619d9af394f55214d0ce37becb215ae2ee', _t163),
    'organisation/1/when': ('4ea5ad68475904aeeba114c809e7ee893fb9672d6c762215c34d22f0edda3983', _t164),
    'organisation/10': ('6ad56b801d97c331bd998e6935f22f8a9c0b225c907d28d1ce01631789169668', _t165),
    'organisation/10/when': ('797584c398b77bdae58cf774371909716a4ebc2de2291344df47d8072103a49b', _t166),
    'organisation/11': ('bef89e1d962731bb129f97f591d36836e98c11b71488f3e9d8d2f1d29a90bc65', _t167),
    'organisation/11/when': ('787764232e70b528dd54db33bc821db43127e7c158b5dc6cd8f21fbea5294052', _t168),
    'organisation/12': ('7308603c9d8369df88429a10624924b9e2b9df6a652e9d383e7bb40c661412c2', _t169),
    'organisation/12/when': ('278b130eb9cff1d8ea0f4337457e602d2362f5af3c0925e05bdffa5a1993d855', _t170),
    'organisation/13/when': ('bd16722ed229298582d9376117f6bb93e32cf31211ccce27d3ef2edb72ef012b', _t171),
    'organisation/14/when': ('7d22af9560154b44c0e26762195df1682a1b02c7d48fecb5490f82323a64e78a', _t172),
    'organisation/15': ('9e56939d6d92bc87e813b5882072cc9ee3c07b9b31235ea1f6834cf6de9b59eb', _t173),
    'organisation/15/when': ('3522460089a7af1d134f6def9a19edd05789ffc14abd7b3414fb3ba2eacdccbb', _t174),
    'organisation/16/when': ('4ea5ad68475904aeeba114c809e7ee893fb9672d6c762215c34d22f0edda3983', _t175),
    'organisation/17/when': ('797584c398b77bdae58cf774371909716a4ebc2de2291344df47d8072103a49b', _t176),
    'organisation/18': ('b31a791b34025a424aa9bd6afe901c8d8a8f25bb8487f4e949980bd5e87034c0', _t177),
    'organisation/18/when': ('9ddf48355bfa14ebacaca836ee93f75e6e200eb3a0452296d3661797480a7b47', _t178),
    'organisation/19': ('988561b3dc93af51eb978ee73196ed1e1bf5e2e7c323523cf60ae97423b5cba0', _t179),
    'organisation/19/when': ('9ddf48355bfa14ebacaca836ee93f75e6e200eb3a0452296d3661797480a7b47', _t180),
    'organisation/2': ('b634dbcd6ba7ba1d01e1a6b94a82f8b8a06b5308d4a6cb944daa81ed7bbd0d77', _t181),
    'organisation/2/when': ('797584c398b77bdae58cf774371909716a4ebc2de2291344df47d8072103a49b', _t182),
    'organisation/20/when': ('9ddf48355bfa14ebacaca836ee93f75e6e200eb3a0452296d3661797480a7b47', _t183),
    'organisation/21': ('ac72421967b3795f37a30a6f1186f2e2b783f0a71e24b1a939754b63d4d725b2', _t184),
    'organisation/21/when': ('9ddf48355bfa14ebacaca836ee93f75e6e200eb3a0452296d3661797480a7b47', _t185),
    'organisation/22/when': ('9ddf48355bfa14ebacaca836ee93f75e6e200eb3a0452296d3661797480a7b47', _t186),
    'organisation/3/when': ('69be77de3bebb5ae6ee3820dc1a3fed1f2520d76bef3d4df00056aa72b0a0b05', _t187),
    'organisation/4': ('05c3870a2943138c99ea0a0e8914d4f9933a9b6813dabd5bfa0929209cb49805', _t188),
    'organisation/4/when': ('c95dc65a1a8c75f57d0a98e05901b0716654cca55f8c9000bdd5f83f34ecfc4d', _t189),
    'organisation/5': ('b957381fc5aa57d6ca0869c5c5161ac6029f6ddf2d3c216b2237f134707c5c42', _t190),
    'organisation/5/when': ('8ca4e4d926acbb7e6d7a46110a8a78ffcf7d58e810f8f3e065c4da40461410e6', _t191),
    'organisation/6': ('2b4e1b83f0893ca11a8b84abf066e5ca01d018415f2b416d9486180caed17803', _t192),
    'organisation/6/when': ('5e328a57849f1da29b58210f382550b4943b2ea011d35e910104893bf7ca1ab2', _t193),
    'organisation/7/when': ('797584c398b77bdae58cf774371909716a4ebc2de2291344df47d8072103a49b', _t194),
    'organisation/8': ('2f0075fc059407e5cd6c545606bb4d0caedca654f5907b7ec644e7e2fe2fd1c8', _t195),
    'organisation/8/when': ('85581cada5ff9244f5dab25d9db5ac1cc70114f81bebbaad4395b29cc1842748', _t196),
    'organisation/9': ('3da242c19ed761225da66387dd515a0d26f20e1e197dfe8c25fe320d7db51187', _t197),
    'organisation/9/when': ('b75021a6336cb3e0ab286456513567bd8363bf4f747caf12b807d6bc55760643', _t198),
    'people/0': ('7404b5ea97e532588f16ee7d250118e1011c4a0e152b87fdef4fe7728fb452c9', _t199),
    'people/0/when': ('b1b3f4c70c51c75b393878ccbb7bbd959110bde9826f0c04a63ce881909fd043', _t200),
    'people/1/when': ('b1b3f4c70c51c75b393878ccbb7bbd959110bde9826f0c04a63ce881909fd043', _t201),
    'people/11': ('4bdc6391f9e5e0b85b4917c65469fd05ff0dca1e925e5a1ff42d916a38205357', _t202),
    'people/11/when': ('e67c5b5fe6bd932d4719b71acb7439c640fb993f6e549c2c7a80649b6a72adce', _t203),
    'people/12': ('4a2db24195bca5b72922a69aca96930df986bc7a69575e54c088ed96a7fc20f4', _t204),
    'people/12/when': ('a572d2e7d927ceabc162292e10caf7f958ad73ebd5e57233dbdd20e23c1cb6b9', _t205),
    'people/13': ('58eb4e6372385f200d570e057109663d0100f5854cf8ccd3ab5a13b14a2d792b', _t206),
    'people/13/when': ('a572d2e7d927ceabc162292e10caf7f958ad73ebd5e57233dbdd20e23c1cb6b9', _t207),
    'people/14': ('07e50488e22d4be892c21673286494afbb221e0ab747c36de42b384e22fd0f2e', _t208),
    'people/14/when': ('daad01148497343c95f5fe7d9203cc8dd7110843f0adcfdd22ae8ce4f3ea3758', _t209),
    'people/15': ('fcf405387a359060c393917e165e269dd53d4afe3b40817ac072407872ad9bf5', _t210),
    'people/15/when': ('9ddf48355bfa14ebacaca836ee93f75e6e200eb3a0452296d3661797480a7b47', _t211),
    'people/16': ('666d308789fdbc1fe655f4f49de89c4b8f597c5c7451e31efa70816b14841072', _t212),
    'people/16/when': ('d80f42eddc62c3d2bd53d774e331c13ee7b4aa6608098439c7362a5f0cc5c9a5', _t213),
    'people/17': ('1cf5f1d547f479c444ad9b25cc4567a70c70faad9868233bd82547745b526128', _t214),
    'people/17/when': ('a07d68e3de6dab9fdf4de666bd91ef76560250081e4fb65c7f72cf4de1a76c59', _t215),
    'people/19': ('9f6734c72ff38b280cbc0d7b013082f33e8a5f347666a870586c666833b86ac6', _t216),
    'people/19/when': ('e6604498cb975ba71037b00332aa73f988411a1ea14bb657a4fb66e0f27b6a8e', _t217),
    'people/2/when': ('e4ba8bac54cfa309d3b4d3706cd01c41932b81e378bd4b59db6eaf6edf9dc6cd', _t218),
    'people/20': ('6f5c0b3a4cdcdcebed0503ff713ab86810a7d19ec7003c1e6f8446276fcb07a7', _t219),
    'people/3': ('9cfcb5624418464442881ac454c833b773ae74aa8b526e3978ad458697109ff8', _t220),
    'people/3/when': ('1ce342bacea63b8b6907a73cbedc78f8164ccf82961be24b5fdd25422145f7b4', _t221),
    'people/4/when': ('b1b3f4c70c51c75b393878ccbb7bbd959110bde9826f0c04a63ce881909fd043', _t222),
    'people/5/when': ('b1b3f4c70c51c75b393878ccbb7bbd959110bde9826f0c04a63ce881909fd043', _t223),
    'people/6/when': ('9ddf48355bfa14ebacaca836ee93f75e6e200eb3a0452296d3661797480a7b47', _t224),
    'people/7/when': ('e4ba8bac54cfa309d3b4d3706cd01c41932b81e378bd4b59db6eaf6edf9dc6cd', _t225),
    'people/8': ('8138d0a8c75aca35954070d45d10bb971ca0c24b1372d1777f49f951c5919b7c', _t226),
    'people/8/when': ('d2b568d95e11064b2e088f05d51cb91a2abeb0ce7128f2cdc08db29f830e8bd9', _t227),
    'people/9': ('696b195042d1358894963f41836fba111d894debc137405f328611ff471d634f', _t228),
    'people/9/when': ('24930abd189d319f8eb2e1d046eb6cdfc7fd177829bba6826acd0bd90fd0a1de', _t229),
    'quality/0': ('09f5a5fe22d0e69c0b6891c616e8c698a2448def208b7f5541ab05ae596333d0', _t230),
    'quality/0/when': ('30ec8f5f648b384500d710c404cc0e3dbde51faca152d4b26f19e2ee2b81016b', _t231),
    'quality/1': ('6e0d74eaf5035c960718d1c66e7309f02831629b7928dc61ef2b39aeb2bf3e77', _t232),
    'quality/1/when': ('30ec8f5f648b384500d710c404cc0e3dbde51faca152d4b26f19e2ee2b81016b', _t233),
    'quality/10': ('c9e93e9bd8a0b48280e838387a53531dc8ec1265bc190f714306dde8c0d78e10', _t234),
    'quality/10/when': ('eea262a1d6afbcb076b960d745baf29784dd046cedb0155a6c57086617028abf', _t235),
    'quality/2': ('8852cff7b4a938af8cb1ce1043d3c52faa37dc5efc4c79d2bbd67f58a4337f14', _t236),
    'quality/2/when': ('ff42d03bed3bc68b7df7471d86280f880262f63071aa31f3047d88b3acaf4528', _t237),
    'quality/3/when': ('af6ab25ebd916bf426f1337bd72826ddb4eb868037f25a35ae83cc2937d5d43e', _t238),
    'quality/4': ('4ee981620e60fcfe7f80aecb3bb551f7d96fa0cb975ff6ef71b72433a79cd79e', _t239),
    'quality/4/when': ('2108769a5840c1d0debbe02c3b2212dc87e2be6c76c163730d2296403d7a4d5d', _t240),
    'quality/5': ('883e0bda9ed2502f95784aae1d489cf5dd0d25748eabc24ee8444c1f079dfc1e', _t241),
    'quality/5/when': ('89e1930a9d481ebecdabca5138fb408245e5483d0ef1dc5458d76996145f692f', _t242),
    'quality/6': ('a05314a73cc2827def8d87421b7e6a232fd58741541cd9a33689e17e7e810e7c', _t243),
    'quality/6/when': ('9ddf48355bfa14ebacaca836ee93f75e6e200eb3a0452296d3661797480a7b47', _t244),
    'quality/7': ('f22e61d17142a9e0e6ad908e38fe136482adee91e46ac0a2aab7d0e83bc18704', _t245),
    'quality/7/when': ('e32af16522d43d04fd2803f9262401e5bbf80184d9ad50aa5bbb20d401ca7fca', _t246),
    'quality/8': ('9852b0b1ced67960c6a9b485f3dc7a3c6d0d0cebf1ce427bc22840fc7727079b', _t247),
    'quality/8/when': ('d13f0ce2223e3f140ff1c561511e96dc2af2c80ef0b745b0f61bcbdcf80d6f14', _t248),
    'quality/9/when': ('500dc5bbb90afcf41022564ca816502965e9e792e4a1d0ac57f056b977ec6aea', _t249),
    'resources/0': ('b7c37d06b4295ce343a028cbe2e87ed19c486384584b28900e4fb3219b677b3e', _t250),
    'resources/2': ('6a556e860590bd69328d7140a2ab85ad1f0280cb217a6655aaf5a006319e0cbc', _t251),
    'resources/3/when': ('ad6530f14f2ea8efcf25350517dd5db4d6b2c131dd72cda4f5822616435fdb57', _t252),
    'resources/4/when': ('d8247594a69fe765c4aa5db4025c14925a5131159f6baeaeddea02c80bd9b11e', _t253),
    'resources/5': ('eba717437a0e2f66e93e99303127784860b594c962b857e0128d36381c868fc0', _t254),
    'resources/5/when': ('a1f1d1d021e709a8ac7ee897ad8068c2e660f11b31ba26a106a54b547fc5aa3d', _t255),
    'resources/6/when': ('661d67ec2e29f2030602aa04835826417a70f0fc1f045abc1220d768717c480c', _t256),
    'services/2/when': ('07125700c9f6b62971e5f4c89aa221d118ad003710a880a821ef7611bdb6590d', _t257),
    'services/3/when': ('af6ab25ebd916bf426f1337bd72826ddb4eb868037f25a35ae83cc2937d5d43e', _t258),
    'services/4/when': ('9ddf48355bfa14ebacaca836ee93f75e6e200eb3a0452296d3661797480a7b47', _t259),
    'services/5/when': ('500dc5bbb90afcf41022564ca816502965e9e792e4a1d0ac57f056b977ec6aea', _t260),
    'services/6/when': ('eea262a1d6afbcb076b960d745baf29784dd046cedb0155a6c57086617028abf', _t261),
    'services/7/when': ('89e1930a9d481ebecdabca5138fb408245e5483d0ef1dc5458d76996145f692f', _t262),
    'services/8/when': ('ed5e7cf86ef18b8f0238e0204a22df6d1bb8994fe93df499e1e96c2e047b2e51', _t263),
    'services/9': ('09decaa8d9360b87df4882f7231587c7789bdd1aaf4b0acb36003f339ec5e976', _t264),
    'summary/0': ('700f976f530329ce51b3fd7f446e7eb0d4484397102cda7c1a8f7207e4b43bb7', _t265),
    'summary/1': ('9d2aeabdd4b461c687a2ca2cfa47dc3f276d27a2bf8257883edbadd86c776d20', _t266),
    'summary/1/when': ('268461198fdba932b24e332bb3fc4ff34ed7da9ecc2cfdedfef79b37a911516d', _t267),
    'summary/10': ('cbef35da7bc9c9c536d39d78d6d449fa0dd35005319771b895bd43d76a035d75', _t268),
    'summary/10/when': ('e44da38a3aa026ad3d971f9149bde9303caa82022fd92e786cb9c3f0eaee788e', _t269),
    'summary/12': ('a7529fd0ebbd7568bd4c4c158633c648023967fc27225c5fbb45cd1ab3ca830f', _t270),
    'summary/2': ('b93a0f0dc1a3cd1e18fdb9d75a4b861b07d6beab5e07d9d8fb5a4c7391bd8558', _t271),
    'summary/3': ('ee29bbbdc8826ea821fa90c95235d8b49a2b0fcbdcebc6265f9197501ea12657', _t272),
    'summary/4': ('25a8ca12a9e9800cf786ce9912cfe33bc5190eec87a7bfd994309e897fa3951c', _t273),
    'summary/5': ('286fdd799baec680286b5548b0b6ccdfd60fab9c692975a597f7d370f2534c79', _t274),
    'summary/6': ('4ad823d6eff98c673a4d18e0cd34b1310a9503171a8bc69e314886b7f13d60c2', _t275),
    'summary/7': ('fc98a653ac2870433cf162e0b5392dd7c3d663c6849ecf0a5b2988a2ce6e4893', _t276),
    'summary/7/when': ('589f94dbd05f394d7c41de19e23476205d687a2a39b4895b822dbbc8902f4805', _t277),
    'summary/8': ('3af07302396e6b2661b12aa3929cff11fa85eeebb5e107baf0495c524ec4a3a6', _t278),
    'summary/8/when': ('b1b3f4c70c51c75b393878ccbb7bbd959110bde9826f0c04a63ce881909fd043', _t279),
    'summary/9': ('986a47927a9c2b11fcf2cc322b33910d86ca74ff1c834c60bbc02e2be6cecaa8', _t280),
    'summary/9/when': ('70ecf811c0810a57fe8348d57e4b453b56fa12d33d7a8d5cc0be7d9b3ba7be09', _t281),
    'transition/0': ('8fb9f0e8f5f7df98d4fd6b368d51c87ce11fb45f8e99e42072d3676ebda88ae8', _t282),
    'vision/1': ('9d29775826a7e2b48fa88c43199df86d565dee6eae4fbfad9c7b909b6efeea04', _t283),
    'vision/2': ('d01b87fda5d71f53c3c22099248572ddeef10913ba3acd78eaa91a103f34f5a2', _t284),
    'vision/3': ('494788e4da3e1fedfaffeb1e8c446eeaabfba028e89795fdeac474db7c599234', _t285),
    'vision/3/when': ('73df834c551ede29316401cdb230a28deb6fddc5641b58939991430ee0259c5a', _t286),
}
